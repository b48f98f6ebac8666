// The runtime's stackalloc buffers (unescaping a string to check it, 256 bytes) are always written before they are
// read, so zeroing them first is wasted work on every escaped string a validator meets.
[module: System.Runtime.CompilerServices.SkipLocalsInit]
