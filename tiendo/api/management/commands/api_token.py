"""Manage API tokens: `tiendo manage api_token create USER [--name NAME]`,
`api_token list [USER]`, `api_token revoke PREFIX`."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from tiendo.api.models import ApiToken
from tiendo.api.tokens import issue_token, revoke_tokens


class Command(BaseCommand):
    help = "Create, list or revoke API tokens (khóa truy cập API)."

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        create = actions.add_parser("create", help="make a token; its secret is shown once")
        create.add_argument("username")
        create.add_argument("--name", default="", help="what the token is for")
        listing = actions.add_parser("list", help="list tokens (never their secrets)")
        listing.add_argument("username", nargs="?")
        revoke = actions.add_parser("revoke", help="revoke a token by its first characters")
        revoke.add_argument("prefix")

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "create":
            self.create(options["username"], options["name"])
        elif action == "list":
            self.list(options.get("username"))
        else:
            self.revoke(options["prefix"])

    def create(self, username: str, name: str) -> None:
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Không có tài khoản {username!r}.")
        _, secret = issue_token(user, name=name)
        self.stdout.write("Khóa truy cập (chỉ hiện một lần, hãy lưu lại):")
        self.stdout.write(secret)

    def list(self, username: str | None) -> None:
        tokens = ApiToken.objects.select_related("user")
        if username:
            tokens = tokens.filter(user__username=username)
        for token in tokens:
            state = "đã thu hồi" if token.revoked_at else "đang dùng"
            used = token.last_used_at.isoformat(timespec="minutes") if token.last_used_at else "-"
            self.stdout.write(
                f"{token.prefix}…\t{token.user.get_username()}\t{token.name}\t{state}\t{used}"
            )

    def revoke(self, prefix: str) -> None:
        try:
            count = revoke_tokens(prefix)
        except ValueError as error:
            raise CommandError(str(error)) from error
        if not count:
            raise CommandError(f"Không có khóa đang dùng nào bắt đầu bằng {prefix!r}.")
        self.stdout.write(f"Đã thu hồi {count} khóa.")
