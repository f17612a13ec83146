"""Records: YAML files read strictly into plain data that remembers where each value was written."""

from minhbach.records.schemas import SchemaSet
from minhbach.records.store import Record, RecordSet, load_records
from minhbach.records.types import BY_FOLDER, BY_NAME, RECORD_TYPES, RecordType

__all__ = [
    "BY_FOLDER",
    "BY_NAME",
    "RECORD_TYPES",
    "Record",
    "RecordSet",
    "RecordType",
    "SchemaSet",
    "load_records",
]
