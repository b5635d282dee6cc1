/**
 * Which builtins CPython 3.11's specialised CALL runs without a recursion level: those whose
 * ml_flags are METH_FASTCALL (with or without METH_KEYWORDS; methods with METH_METHOD are not
 * specialised), read from python3's own function objects and method descriptors, plus len and
 * list.append (METH_O, but specialised as PRECALL_NO_KW_LEN and PRECALL_NO_KW_LIST_APPEND).
 * Functions are named module.name, methods tp_name.name. Left out: _sre.compile, which here
 * does the work of re._compiler.compile, a Python function (a level) in CPython.
 */

function names(text: string): ReadonlySet<string> {
  return new Set(text.trim().split(/\s+/));
}

export const FASTCALL_FUNCTIONS = names(`
  _abc._abc_instancecheck _abc._abc_register _abc._abc_subclasscheck _bisect.bisect_left
  _bisect.bisect_right _bisect.insort_left _bisect.insort_right _codecs.ascii_decode
  _codecs.ascii_encode _codecs.charmap_decode _codecs.charmap_encode _codecs.decode
  _codecs.encode _codecs.escape_decode _codecs.escape_encode _codecs.latin_1_decode
  _codecs.latin_1_encode _codecs.raw_unicode_escape_decode _codecs.raw_unicode_escape_encode
  _codecs.readbuffer_encode _codecs.register_error _codecs.unicode_escape_decode
  _codecs.unicode_escape_encode _codecs.utf_16_be_decode _codecs.utf_16_be_encode
  _codecs.utf_16_decode _codecs.utf_16_encode _codecs.utf_16_ex_decode _codecs.utf_16_le_decode
  _codecs.utf_16_le_encode _codecs.utf_32_be_decode _codecs.utf_32_be_encode
  _codecs.utf_32_decode _codecs.utf_32_encode _codecs.utf_32_ex_decode _codecs.utf_32_le_decode
  _codecs.utf_32_le_encode _codecs.utf_7_decode _codecs.utf_7_encode _codecs.utf_8_decode
  _codecs.utf_8_encode _collections._count_elements _heapq._heapreplace_max _heapq.heappush
  _heapq.heappushpop _heapq.heapreplace _locale.bind_textdomain_codeset _locale.bindtextdomain
  _locale.dcgettext _locale.dgettext _locale.setlocale _locale.strcoll _operator._compare_digest
  _operator.add _operator.and_ _operator.call _operator.concat _operator.contains
  _operator.countOf _operator.delitem _operator.eq _operator.floordiv _operator.ge
  _operator.getitem _operator.gt _operator.iadd _operator.iand _operator.iconcat
  _operator.ifloordiv _operator.ilshift _operator.imatmul _operator.imod _operator.imul
  _operator.indexOf _operator.ior _operator.ipow _operator.irshift _operator.is_ _operator.is_not
  _operator.isub _operator.itruediv _operator.ixor _operator.le _operator.length_hint
  _operator.lshift _operator.lt _operator.matmul _operator.mod _operator.mul _operator.ne
  _operator.or_ _operator.pow _operator.rshift _operator.setitem _operator.sub _operator.truediv
  _operator.xor _pickle.dump _pickle.dumps _pickle.load _pickle.loads
  _struct.iter_unpack _struct.pack _struct.pack_into _struct.unpack _struct.unpack_from
  _weakref._remove_dead_weakref _weakref.proxy array._array_reconstructor binascii.a2b_base64
  binascii.a2b_qp binascii.b2a_base64 binascii.b2a_hex binascii.b2a_qp binascii.b2a_uu
  binascii.crc32 binascii.crc_hqx binascii.hexlify builtins.__build_class__ builtins.__import__
  builtins.anext builtins.breakpoint builtins.compile builtins.delattr builtins.divmod
  builtins.eval builtins.exec builtins.format builtins.getattr builtins.hasattr builtins.input
  builtins.isinstance builtins.issubclass builtins.iter builtins.len builtins.next builtins.pow
  builtins.print builtins.round builtins.setattr builtins.sorted builtins.sum cmath.isclose
  cmath.log cmath.rect gc.collect gc.get_objects io.open io.open_code io.text_encoding
  itertools.tee marshal.dump marshal.dumps math.atan2 math.comb math.copysign math.dist math.fmod
  math.gcd math.hypot math.isclose math.lcm math.ldexp math.nextafter math.perm math.pow
  math.prod math.remainder posix.WEXITSTATUS posix.WIFCONTINUED posix.WIFEXITED posix.WIFSIGNALED
  posix.WIFSTOPPED posix.WSTOPSIG posix.WTERMSIG posix._exit posix._path_normpath posix.access
  posix.chdir posix.chmod posix.chown posix.chroot posix.close posix.closerange
  posix.copy_file_range posix.device_encoding posix.dup2 posix.eventfd posix.eventfd_read
  posix.eventfd_write posix.execv posix.execve posix.fchdir posix.fchmod posix.fchown
  posix.fdatasync posix.fpathconf posix.fspath posix.fstat posix.fsync posix.ftruncate
  posix.get_terminal_size posix.getgrouplist posix.getpgid posix.getpriority posix.getrandom
  posix.getxattr posix.initgroups posix.kill posix.killpg posix.lchown posix.link posix.listdir
  posix.listxattr posix.lockf posix.lseek posix.lstat posix.makedev posix.memfd_create
  posix.mkdir posix.mkfifo posix.mknod posix.open posix.pathconf posix.pidfd_open
  posix.posix_fadvise posix.posix_fallocate posix.posix_spawn posix.posix_spawnp posix.pread
  posix.preadv posix.putenv posix.pwrite posix.pwritev posix.read posix.readlink posix.readv
  posix.register_at_fork posix.remove posix.removexattr posix.rename posix.replace posix.rmdir
  posix.scandir posix.sched_get_priority_max posix.sched_get_priority_min posix.sched_setaffinity
  posix.sched_setparam posix.sched_setscheduler posix.sendfile posix.set_blocking
  posix.set_inheritable posix.setpgid posix.setpriority posix.setregid posix.setresgid
  posix.setresuid posix.setreuid posix.setxattr posix.splice posix.stat posix.statvfs
  posix.symlink posix.system posix.tcsetpgrp posix.truncate posix.unlink posix.utime posix.wait3
  posix.wait4 posix.waitid posix.waitpid posix.waitstatus_to_exitcode posix.write posix.writev
  sys.__breakpointhook__ sys.__excepthook__ sys._getframe sys.addaudithook sys.audit
  sys.breakpointhook sys.call_tracing sys.excepthook sys.exit
  sys.set_coroutine_origin_tracking_depth sys.set_int_max_str_digits unicodedata.decimal
  unicodedata.digit unicodedata.is_normalized unicodedata.name unicodedata.normalize
  unicodedata.numeric zlib.adler32 zlib.compress zlib.compressobj zlib.crc32 zlib.decompress
  zlib.decompressobj
`);

export const FASTCALL_METHODS = names(`
  _io.BufferedReader.peek _io.BufferedReader.read _io.BufferedReader.read1
  _io.BufferedReader.readline _io.BufferedReader.seek _io.BufferedReader.truncate
  _io.BufferedWriter.seek _io.BufferedWriter.truncate _io.BytesIO.read _io.BytesIO.read1
  _io.BytesIO.readline _io.BytesIO.readlines _io.BytesIO.seek _io.BytesIO.truncate
  _io.FileIO.read _io.FileIO.seek _io.FileIO.truncate _io.StringIO.read _io.StringIO.readline
  _io.StringIO.seek _io.StringIO.truncate _io.TextIOWrapper.read _io.TextIOWrapper.readline
  _io.TextIOWrapper.reconfigure _io.TextIOWrapper.seek _io.TextIOWrapper.truncate
  array.array.index array.array.insert array.array.pop bytearray.__reduce_ex__ bytearray.center
  bytearray.decode bytearray.expandtabs bytearray.hex bytearray.insert bytearray.ljust
  bytearray.lstrip bytearray.pop bytearray.replace bytearray.rjust bytearray.rsplit
  bytearray.rstrip bytearray.split bytearray.splitlines bytearray.strip bytearray.translate
  bytes.center bytes.decode bytes.expandtabs bytes.hex bytes.ljust bytes.lstrip bytes.replace
  bytes.rjust bytes.rsplit bytes.rstrip bytes.split bytes.splitlines bytes.strip bytes.translate
  collections.OrderedDict.move_to_end collections.OrderedDict.pop collections.OrderedDict.popitem
  collections.OrderedDict.setdefault collections.deque.index collections.deque.insert
  collections.deque.rotate dict.get dict.pop dict.setdefault float.__round__ int.__round__
  int.to_bytes list.append list.index list.insert list.pop list.sort memoryview.cast
  memoryview.hex memoryview.tobytes re.Match.end re.Match.expand re.Match.groupdict
  re.Match.groups re.Match.span re.Match.start re.Pattern.findall re.Pattern.split str.center
  str.encode str.expandtabs str.ljust str.lstrip str.replace str.rjust str.rsplit str.rstrip
  str.split str.splitlines str.strip tuple.index
`);
