# start-up baseline: the fixed cost of each command (process, runtime, wasm compile)
print("ok")
