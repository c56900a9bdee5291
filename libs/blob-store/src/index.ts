/** Evidence files by content address (issue 23): the port and its adapters arrive here. */
export {};
