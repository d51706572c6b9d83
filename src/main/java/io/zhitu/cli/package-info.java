/** The command line (picocli only): one class per command, shared option mixins, the factory and the error handling; nothing imports it. */
package io.zhitu.cli;
