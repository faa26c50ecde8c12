/** The PIZZA benchmark adapter: order items as PIZZA EXR trees, and unordered exact match between trees. */
package io.maitre.nlu.exr;
