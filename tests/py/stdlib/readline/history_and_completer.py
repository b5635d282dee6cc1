# readline without a terminal: history list and files, completer and delimiters, errors.
import readline, os
print([x for x in dir(readline) if not x.startswith('_') or x.startswith('_READLINE')])
print(readline.get_history_length(), readline.get_current_history_length(), readline.get_completer(), repr(readline.get_completer_delims()), readline._READLINE_VERSION, readline._READLINE_LIBRARY_VERSION)
readline.add_history('a'); readline.add_history('b'); print(readline.get_current_history_length(), readline.get_history_item(1), readline.get_history_item(0), readline.get_history_item(5))
readline.replace_history_item(0, 'z'); print(readline.get_history_item(1)); readline.remove_history_item(0); print(readline.get_history_item(1)); readline.clear_history(); print(readline.get_current_history_length())
print(readline.parse_and_bind('tab: complete'), readline.get_line_buffer(), readline.get_begidx(), readline.get_endidx(), readline.get_completion_type())
for bad in [lambda: readline.remove_history_item(10), lambda: readline.read_history_file('/nonexistent/x'), lambda: readline.set_completer(5), lambda: readline.remove_history_item(-1)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
def comp(text, state): return ['alpha', 'beta'][state] if state < 2 else None
readline.set_completer(comp); print(readline.get_completer() is comp)
for w in ['one', 'two', 'three']: readline.add_history(w)
readline.write_history_file('_rl_hist.tmp'); readline.clear_history(); readline.read_history_file('_rl_hist.tmp')
print([readline.get_history_item(i) for i in range(1, 4)], open('_rl_hist.tmp').read().split())
os.remove('_rl_hist.tmp')
