"""The media path: PyAV pulls RTSP (our network side), libVLC decodes and draws (picture side)."""
