/** Load generators for the service's budgets (DESIGN §5); run by hand, results in docs/benchmarks.md. */
package io.maitre.bench;
