data = rb'€'
