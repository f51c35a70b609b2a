# bench/run's timer: runs a command N times, keeps the first run's stdout and
# stderr, prints the best CPU time (user+sys, from wait4's rusage) and the best
# elapsed time, in seconds. Exit 1 if any run failed.
import os, subprocess, sys, time

def main():
    n, out_path, err_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    cmd = sys.argv[4:]
    best_cpu = best_wall = None
    for i in range(n):
        with open(out_path if i == 0 else os.devnull, 'wb') as out, \
             open(err_path if i == 0 else os.devnull, 'wb') as err:
            t0 = time.perf_counter()
            p = subprocess.Popen(cmd, stdout=out, stderr=err)
            _, status, ru = os.wait4(p.pid, 0)
            wall = time.perf_counter() - t0
        if status != 0:
            print('FAIL FAIL')
            sys.exit(1)
        cpu = ru.ru_utime + ru.ru_stime
        best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
        best_wall = wall if best_wall is None else min(best_wall, wall)
    print(f'{best_cpu:.3f} {best_wall:.3f}')

main()
