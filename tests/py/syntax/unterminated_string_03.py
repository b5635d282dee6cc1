x = 1
s = 'it''s
