// The engine inside a Web Worker (browser) or a worker thread (Node), for
// createEngine({worker: true}) in wasm/index.mjs. The page's thread never runs
// Python, so even a runaway native call (a key= function that never returns)
// cannot freeze it; Stop can terminate() the worker as a last resort.
//
// Protocol (structured-clone messages; no SharedArrayBuffer, so no special
// server headers):
//   in:  {type:'init', wasmModule?, wasmUrl?}
//        {type:'start', id, source, options}     options as for start(), minus callbacks
//        {type:'stop', id}
//        {type:'step', id} | {type:'resume', id}  a session started with options.stepping
//   out: {type:'ready'} | {type:'fatal', message}
//        {type:'events', id, events: [...]}      each drained batch (docs/events.md)
//        {type:'done', id, result, snapshot}     {stdout, stderr, exitCode}; snapshot: stepping sessions' last
//        {type:'error', id, message}             start() threw or the driver failed
//        {type:'stepped', id, snapshot}          a step ended (docs/inspector.md)

import { createLocalEngine, isNode } from './engine.mjs';

let port;
if (isNode && typeof self === 'undefined') {
  const wtName = 'node:worker_threads';
  const wt = await import(/* @vite-ignore */ wtName);
  const parent = wt.parentPort;
  port = {
    post: (m) => parent.postMessage(m),
    listen: (fn) => parent.on('message', fn),
  };
} else {
  port = {
    post: (m) => self.postMessage(m),
    listen: (fn) => { self.onmessage = (ev) => fn(ev.data); },
  };
}

let engine = null;
const handles = new Map();

port.listen(async (msg) => {
  if (msg.type === 'init') {
    try {
      engine = await createLocalEngine({ wasmModule: msg.wasmModule, wasmUrl: msg.wasmUrl });
      port.post({ type: 'ready' });
    } catch (err) {
      port.post({ type: 'fatal', message: String(err && err.message ? err.message : err) });
    }
    return;
  }
  if (msg.type === 'start') {
    const { id } = msg;
    let h;
    try {
      h = engine.start(msg.source, {
        ...msg.options,
        onEvents: (events) => port.post({ type: 'events', id, events }),
      });
    } catch (err) {
      port.post({ type: 'error', id, message: String(err && err.message ? err.message : err) });
      return;
    }
    handles.set(id, h);
    h.done.then(
      (result) => { handles.delete(id); port.post({ type: 'done', id, result, snapshot: h.finalSnapshot() }); },
      (err) => { handles.delete(id); port.post({ type: 'error', id, message: String(err && err.message ? err.message : err) }); },
    );
    return;
  }
  if (msg.type === 'stop') {
    const h = handles.get(msg.id);
    if (h) h.stop();
    return;
  }
  if (msg.type === 'step') {
    const h = handles.get(msg.id);
    if (h) h.step().then((snapshot) => port.post({ type: 'stepped', id: msg.id, snapshot }));
    return;
  }
  if (msg.type === 'resume') {
    const h = handles.get(msg.id);
    if (h) h.resume();
  }
});
