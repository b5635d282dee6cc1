// The heapstack library API.
export * as parser from "./parser/index.js";
