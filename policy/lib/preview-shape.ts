import * as fs from "fs";
import * as path from "path";
import { UNKNOWN } from "./values";

/**
 * Spec support: a resource's outputs as a real `pulumi preview` gives them to `AnalyzeStack`, so
 * the specs run every policy over real-preview-shaped resources as well as over inputs. It applies
 * the review's model (src/main/java/dev/readyservice/review/outputs, docs/fidelity.md) to the
 * shapes that model exports to lib/response-shapes.json (PackResponseShapesTest keeps that file
 * what the model derives from the azure-native SDK): azure-native inputs mapped onto the response
 * shape (path parameters dropped, unset outputs unknown, a wrong-typed input unknown), bridged
 * resources' inputs plus their output-only properties unknown, a component's registered outputs.
 */
type ShapeJson = string | { list: ShapeJson } | { map: ShapeJson } | { object: string };

/** Inputs and the outputs the review's Java model gives them (lib/preview-shape.spec.ts checks this file agrees). */
export interface ModelExample {
    type: string;
    inputs: Record<string, unknown>;
    outputs: Record<string, unknown>;
}

interface ShapesFile {
    resources: Record<string, Record<string, ShapeJson>>;
    types: Record<string, Record<string, ShapeJson>>;
    bridged: Record<string, string[]>;
    /** Types outside the pinned provider schemas whose inputs the model echoes as outputs. */
    echoed: string[];
    examples: ModelExample[];
}

function load(): ShapesFile {
    // From lib/ under ts-node, from bin/lib/ once compiled.
    const candidates = [path.join(__dirname, "response-shapes.json"), path.join(__dirname, "..", "..", "lib", "response-shapes.json")];
    const file = candidates.find((f) => fs.existsSync(f));
    if (file === undefined) {
        throw new Error(`lib/response-shapes.json not found (looked at ${candidates.join(", ")})`);
    }
    return JSON.parse(fs.readFileSync(file, "utf8")) as ShapesFile;
}

const SHAPES = load();

/** The Java model's own examples, exported with the shapes. */
export const MODEL_EXAMPLES: readonly ModelExample[] = SHAPES.examples;

function isObject(value: unknown): value is Record<string, unknown> {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}

function shaped(properties: Record<string, ShapeJson>, inputs: Record<string, unknown>): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    for (const [name, shape] of Object.entries(properties)) {
        result[name] = name in inputs ? value(inputs[name], shape) : UNKNOWN;
    }
    return result;
}

function value(input: unknown, shape: ShapeJson): unknown {
    if (typeof shape === "string") {
        switch (shape) {
            case "string": return typeof input === "string" ? input : UNKNOWN;
            case "number": return typeof input === "number" ? input : UNKNOWN;
            case "boolean": return typeof input === "boolean" ? input : UNKNOWN;
            case "union": return isObject(input) ? input : UNKNOWN;
            default: return input;
        }
    }
    if ("list" in shape) {
        return Array.isArray(input) ? input.map((item) => value(item, shape.list)) : UNKNOWN;
    }
    if ("map" in shape) {
        return isObject(input) ? Object.fromEntries(Object.entries(input).map(([k, v]) => [k, value(v, shape.map)])) : UNKNOWN;
    }
    const type = SHAPES.types[shape.object];
    return isObject(input) && type !== undefined ? shaped(type, input) : UNKNOWN;
}

/**
 * The outputs a preview gives a resource of `type` with `inputs`; `registered` is what a component
 * registered (components only). Throws for an azure-native or bridged type lib/response-shapes.json
 * does not list: add it there and regenerate the file rather than guess its shape.
 */
export function previewOutputs(type: string, custom: boolean, inputs: Record<string, unknown>, registered?: Record<string, unknown>): Record<string, unknown> {
    if (!custom) {
        return registered ?? {};
    }
    const azure = SHAPES.resources[type];
    if (azure !== undefined) {
        return shaped(azure, inputs);
    }
    const computed = SHAPES.bridged[type];
    if (computed !== undefined) {
        return { ...inputs, ...Object.fromEntries(computed.filter((n) => !(n in inputs)).map((n) => [n, UNKNOWN])) };
    }
    if (SHAPES.echoed.includes(type)) {
        return inputs;
    }
    if (type.startsWith("azure-native:") || type.startsWith("datadog:") || type.startsWith("pagerduty:")) {
        throw new Error(`${type} is not in lib/response-shapes.json: list it there and run PackResponseShapesTest with -Dprr.regenerateShapes=true`);
    }
    return inputs;
}
