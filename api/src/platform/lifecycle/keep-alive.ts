import type { FastifyInstance } from 'fastify';
import { ServerLifecycle } from './server-lifecycle';

/**
 * Once the instance is stopping, every response says `Connection: close`: the client's next
 * request opens a new connection (to another instance once the load balancer has moved), and
 * no idle keep-alive socket is left for the listener's close to cut under a client. Set as the
 * response leaves, so a request that began before SIGTERM is covered too.
 */
export function closeConnectionsWhenStopping(
  fastify: FastifyInstance,
  lifecycle: ServerLifecycle,
): void {
  fastify.addHook('onSend', async (_request, reply) => {
    if (!lifecycle.keepsConnectionsAlive) reply.header('connection', 'close');
  });
}
