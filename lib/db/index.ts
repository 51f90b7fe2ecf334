export { db, createDatabaseClient, disconnectDatabase, qualifiedTable, type Database } from "./client";
