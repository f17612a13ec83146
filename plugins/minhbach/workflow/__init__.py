"""The review workflow: adding records (``new``, ``import``) and reviewing changes (``diff``, ``history``).

Public surface (the CLI calls these; everything else here is internal):

* ``new.create_record(folder, type_name, values, ...)``: derive, write one file, validate it;
* ``template.annotated_template(type_name)``: an empty record with Vietnamese comments;
* ``importer.import_file(path, folder, school, ...)``: a school's list → nomination files;
* ``xlsx_template.write_template(path)``: the spreadsheet schools fill in;
* ``diff.diff_revisions(repo, records, base, head)`` and ``diff_render.render(...)``;
* ``history.record_history(repo, records, record_id)``.
"""
