/**
 * Node flags for the api and worker processes (also in package.json's start:api/start:worker and
 * docker/Dockerfile's commands). A request that answers a big list allocates a few MB; with V8's
 * default young generation much of it survives a scavenge and is copied into the old one, and garbage
 * collection took 40 % of the api's CPU on hub-scale lists (bench/hub-scale). A 64 MB semi-space lets
 * a request finish before its objects are collected: at most 128 MB more per process.
 *
 * No allocation-site pretenuring: V8 saw some per-request allocation sites (result rows among them)
 * survive a scavenge while a big request was in flight and from then on allocated them straight in
 * the old generation. There they die unseen until a mark-compact, and everything young they point at
 * survives each scavenge too: a seventh of all a request allocated was promoted and each scavenge
 * paused the api 20–28 ms. Without it, side by side on the hub-scale data set, the start-up directory's
 * p95 went 45 → 29 ms and the register's 41 → 21 (README, "Pretenuring").
 */
export const NODE_FLAGS = ['--max-semi-space-size=64', '--no-allocation-site-pretenuring'];
