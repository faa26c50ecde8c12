/** The Maitre application: composition root and command line entry point. */
package io.maitre;
