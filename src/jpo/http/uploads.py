"""Uploads are read after the reader is known: the multipart form is a dependency declared after the
signed-in user's, so an anonymous or unauthorised upload is refused before its bytes are read."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request
from starlette.datastructures import FormData, UploadFile
from starlette.formparsers import MultiPartException

from jpo.errors import InputError, TooLargeError

MAX_FILES = 10  # as many as an application holds
MAX_FIELDS = 50


async def read_form(request: Request) -> FormData:
    """The request's form (multipart or URL-encoded), parsed now: after the dependencies before it."""
    try:
        return await request.form(max_files=MAX_FILES, max_fields=MAX_FIELDS)
    except MultiPartException as error:
        raise InputError(f"body: {error.message}") from error


UploadedForm = Annotated[FormData, Depends(read_form)]


def form_file(form: FormData, name: str) -> UploadFile:
    """The file sent as `name`, or InputError naming the field."""
    value = form.get(name)
    if not isinstance(value, UploadFile):
        raise InputError(f"{name}: a file is required", field=name)
    return value


def form_text(form: FormData, name: str, *, max_length: int, required: bool = True) -> str:
    """The text field `name` (at most `max_length` characters), or InputError naming it."""
    value = form.get(name)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value):
        raise InputError(f"{name}: this field is required", field=name)
    if len(value) > max_length:
        raise InputError(f"{name}: at most {max_length} characters", field=name)
    return value


def multipart_body(**fields: dict[str, Any]) -> dict[str, Any]:
    """The OpenAPI request body of an upload read by `read_form` (FastAPI cannot see it)."""
    schema = {"type": "object", "properties": fields, "required": list(fields)}
    return {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": schema}}}}


FILE = {"type": "string", "format": "binary"}


def read_capped(upload: UploadFile, max_bytes: int) -> bytes:
    """The upload's bytes, or TooLargeError as soon as it is known to be over `max_bytes`."""
    data = upload.file.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLargeError(f"file: over the upload limit of {max_bytes // (1024 * 1024)} MB")
    return data
