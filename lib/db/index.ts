export { db, createDatabaseClient, disconnectDatabase, type Database } from "./client";
