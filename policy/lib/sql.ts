import { refersTo, referrersOfType } from "./references";
import { StackResource, StackView } from "./stack";
import { asString } from "./values";

/**
 * Which Azure SQL sub-resource belongs to which database (lib/references.ts, for SQL): a database
 * is named by `serverName` and `databaseName` together, so a retention policy or TDE setting
 * belongs to a database when its `databaseName` refers to it and its `serverName` to the same
 * server (two servers may each hold an `orders` database).
 */
const SQL_SERVER = "azure-native:sql:Server";

/**
 * The servers a SQL sub-resource's `serverName` refers to, or the literal it names when it refers to
 * none in the stack: two sub-resources belong to the same server when they refer to the same one.
 */
function serverOf(stack: StackView, r: StackResource): { servers: string[]; literal?: string } {
    const servers = stack.ofType(SQL_SERVER).filter((s) => refersTo(stack, r, "serverName", s, "serverName")).map((s) => s.urn);
    return { servers, literal: servers.length === 0 ? asString(stack.pathParameter(r, "serverName")) : undefined };
}

function sameServer(stack: StackView, a: StackResource, b: StackResource): boolean {
    const x = serverOf(stack, a);
    const y = serverOf(stack, b);
    return x.servers.some((s) => y.servers.includes(s)) || (x.literal !== undefined && x.literal === y.literal);
}

/** The resources of `type` that refer to database `db` (by `databaseName`) on the same server. */
export function ofSqlDatabase(stack: StackView, db: StackResource, type: string): StackResource[] {
    return referrersOfType(stack, db, type, "databaseName", "databaseName").filter((p) => sameServer(stack, p, db));
}
