mode = 0644
