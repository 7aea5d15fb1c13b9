/**
 * Node flags for the api and worker processes (also in package.json's start:api/start:worker and
 * docker/Dockerfile). A request that answers a big list allocates a few MB; with V8's default young
 * generation much of it survives a scavenge and is copied into the old one, and garbage collection
 * took 40 % of the api's CPU on hub-scale lists (bench/hub-scale). A 64 MB semi-space lets a request
 * finish before its objects are collected: at most 128 MB more per process.
 */
export const NODE_FLAGS = ['--max-semi-space-size=64'];
