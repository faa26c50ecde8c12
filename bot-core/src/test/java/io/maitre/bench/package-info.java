/** Load generators for the service's budgets (docs/benchmarks.md); run by hand, results in docs/benchmarks.md. */
package io.maitre.bench;
