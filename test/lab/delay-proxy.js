#!/usr/bin/env node
// A TCP proxy that adds a fixed one-way delay in each direction, so the lab registry on
// 127.0.0.1 answers like one 2 × DELAY ms away. A new connection also pays one round trip, as
// a TCP handshake does. Bytes keep their order; bandwidth is not limited.
//
//   node test/lab/delay-proxy.js TARGET_HOST:PORT LISTEN_PORT [DELAY_MS=25]
'use strict';
const net = require('node:net');

const [target, listenPort, delayArg] = process.argv.slice(2);
const delay = Number(delayArg ?? 25);
if (!/^[\w.-]+:\d+$/.test(target ?? '') || !/^\d+$/.test(listenPort ?? '') || !(delay >= 0)) {
  console.error('usage: delay-proxy.js TARGET_HOST:PORT LISTEN_PORT [DELAY_MS]');
  process.exit(2);
}
const [host, port] = [target.slice(0, target.lastIndexOf(':')), Number(target.slice(target.lastIndexOf(':') + 1))];

/** Writes what `from` sends to `to`, each chunk `delay` ms later (and never before `notBefore`). */
function delayed(from, to, notBefore) {
  const queue = [];
  let timer = null;
  const drain = () => {
    timer = null;
    const now = Date.now();
    while (queue.length && queue[0].at <= now) {
      const { chunk } = queue.shift();
      if (chunk === null) to.end();
      else to.write(chunk);
    }
    if (queue.length) timer = setTimeout(drain, queue[0].at - now);
  };
  const push = chunk => {
    queue.push({ at: Math.max(Date.now(), notBefore) + delay, chunk });
    if (!timer) timer = setTimeout(drain, queue[0].at - Date.now());
  };
  from.on('data', push);
  from.on('end', () => push(null));
}

const server = net.createServer(client => {
  const upstream = net.connect(port, host);
  // The handshake: the first bytes leave one round trip after the connection opened.
  const open = Date.now() + 2 * delay;
  delayed(client, upstream, open);
  delayed(upstream, client, 0);
  const close = () => {
    client.destroy();
    upstream.destroy();
  };
  client.on('error', close);
  upstream.on('error', close);
  client.on('close', () => setTimeout(() => upstream.destroy(), delay));
  upstream.on('close', () => setTimeout(() => client.destroy(), delay));
});
server.listen(Number(listenPort), '127.0.0.1', () => {
  console.log(`delay proxy 127.0.0.1:${listenPort} -> ${target}, ${delay} ms each way`);
});
