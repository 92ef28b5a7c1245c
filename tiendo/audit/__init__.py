"""The audit log (Nhật ký thay đổi): who changed which target, result or baseline,
when, and the field values before and after.

How it works, for any path that writes (admin snippets, workspace, API, commands):
- model signals (tiendo.audit.signals) read the stored row before a save, compare
  it with the saved one, and write an AuditEntry; deletions keep the last values;
- the acting user comes from tiendo.audit.context: AuditUserMiddleware puts the
  request there for web requests, and `acting_as(user, reason=...)` names the user
  (and a reason, such as why an approved value was reopened) in services and
  commands. A change with neither is logged without a user ("Hệ thống");
- QuerySet.update() and bulk_create() send no signals, so audited models are never
  written that way.
"""
