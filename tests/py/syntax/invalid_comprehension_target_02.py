{k: v for k, 1 in x}
