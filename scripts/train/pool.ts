import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { runTimed, type Settings, type Task } from "./tasks";

/**
 * Runs tasks on worker threads (two by default: the machines this project targets have two cores). Each worker is
 * this same bundle started again; it answers one task per message. Results do not depend on which worker ran what.
 */
export async function runPool<R>(
  bundle: string,
  tasks: Task[],
  settings: Settings,
  threads: number,
  onDone: (result: R) => void,
): Promise<R[]> {
  const queue = [...tasks];
  const results: R[] = [];
  const workers = Array.from(
    { length: Math.min(threads, tasks.length) },
    () => new Worker(bundle, { workerData: { settings } }),
  );
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          const next = () => {
            const task = queue.shift();
            if (!task) {
              void worker.terminate().then(() => resolve());
              return;
            }
            worker.postMessage(task);
          };
          worker.on("message", (result: R) => {
            results.push(result);
            onDone(result);
            next();
          });
          worker.on("error", reject);
          next();
        }),
    ),
  );
  return results;
}

/** In a worker thread: answer tasks until terminated. */
export function serveTasks(): boolean {
  if (isMainThread || !parentPort) return false;
  const { settings } = workerData as { settings: Settings };
  parentPort.on("message", (task: Task) => parentPort?.postMessage(runTimed(task, settings)));
  return true;
}
