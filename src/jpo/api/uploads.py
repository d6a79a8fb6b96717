"""Reading an uploaded file without holding more than the size limit in memory."""

from __future__ import annotations

from fastapi import UploadFile

from jpo.errors import TooLargeError


def read_capped(upload: UploadFile, max_bytes: int) -> bytes:
    """The upload's bytes, or TooLargeError as soon as it is known to be over `max_bytes`."""
    data = upload.file.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLargeError(f"file: over the upload limit of {max_bytes // (1024 * 1024)} MB")
    return data
