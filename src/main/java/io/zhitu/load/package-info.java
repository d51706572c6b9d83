/** Turns the bytes a user hands us, in whatever encoding or markup a news site chose, into one text that every later offset can trust. */
package io.zhitu.load;
