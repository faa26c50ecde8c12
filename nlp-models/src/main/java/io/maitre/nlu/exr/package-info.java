/**
 * Benchmark adapters: order items as PIZZA EXR trees and FoodOrdering EXR forests, and unordered exact match
 * between them.
 */
package io.maitre.nlu.exr;
