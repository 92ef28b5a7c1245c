"""E-mail: answers to citizens, reminders and returns to reporters, digests to approvers.

Every message is a row (`Message`) before it is a send: a background task delivers
it, with retries, and the row's unique key keeps a message from going out twice when
a trigger fires again or a worker dies mid-way.
"""
