#!/usr/bin/env python3
"""A real SMTP server on loopback for Porter's mail tests (Debian python3-aiosmtpd).

Every message it accepts is written to MAILDIR as NNNNN.eml (the bytes as received) and NNNNN.json
(envelope: mail_from, rcpt_tos, and whether the session was TLS and authenticated). When it is ready
it prints one line, "READY <port>", on stdout, and serves until killed.

Behaviours a test can ask for (all optional):
  --port N                 listen on N (default: a free port)
  --auth USER:PASSWORD     require AUTH PLAIN/LOGIN with these credentials
  --starttls CERT KEY      offer STARTTLS with this certificate and require it before MAIL
  --smtps CERT KEY         TLS from the first byte (SMTPS, port 465 style)
  --fail-data N CODE       answer the first N DATA commands with CODE ("451 4.3.0 Try again later")
  --reject-rcpt TEXT       answer RCPT TO with "550 5.1.1 ... Recipient address rejected" for addresses
                           that contain TEXT
  --hang-after-data SECS   after storing a message, wait SECS before answering 250 (a test kills the
                           sender in that window: the message arrived, the sender never heard)
"""

import argparse
import asyncio
import json
import os
import socket
import ssl
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Handler:
    def __init__(self, args):
        self.args = args
        self.maildir = args.maildir
        self.failures_left = args.fail_data[0] if args.fail_data else 0
        self.failure_reply = args.fail_data[1] if args.fail_data else ""
        self.seq = len([n for n in os.listdir(self.maildir) if n.endswith(".eml")])

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.args.reject_rcpt and self.args.reject_rcpt in address:
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.failures_left > 0:
            self.failures_left -= 1
            return self.failure_reply
        self.seq += 1
        base = os.path.join(self.maildir, "%05d" % self.seq)
        data = envelope.original_content or envelope.content
        if isinstance(data, str):
            data = data.encode("utf-8")
        with open(base + ".tmp", "wb") as f:
            f.write(data)
        with open(base + ".json", "w") as f:
            json.dump(
                {
                    "mail_from": envelope.mail_from,
                    "rcpt_tos": envelope.rcpt_tos,
                    # STARTTLS sets session.ssl; SMTPS is TLS from the transport's first byte.
                    "tls": session.ssl is not None
                    or server.transport.get_extra_info("ssl_object") is not None,
                    "authenticated": bool(session.authenticated),
                    "received_at": time.time(),
                },
                f,
            )
        os.replace(base + ".tmp", base + ".eml")  # readers never see half a message
        if self.args.hang_after_data:
            await asyncio.sleep(self.args.hang_after_data)
        return "250 2.0.0 Ok: queued as P%05d" % self.seq


def authenticator_for(expected_user, expected_password):
    def authenticate(server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword):
            user = auth_data.login.decode("utf-8", "replace")
            password = auth_data.password.decode("utf-8", "replace")
            if user == expected_user and password == expected_password:
                return AuthResult(success=True)
        return AuthResult(success=False, handled=False)

    return authenticate


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("maildir")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--auth")
    parser.add_argument("--starttls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--smtps", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--fail-data", nargs=2, metavar=("N", "CODE"))
    parser.add_argument("--reject-rcpt")
    parser.add_argument("--hang-after-data", type=float, default=0)
    args = parser.parse_args()
    if args.fail_data:
        args.fail_data = (int(args.fail_data[0]), args.fail_data[1])
    os.makedirs(args.maildir, exist_ok=True)

    port = args.port or free_port()
    kwargs = {}
    if args.auth:
        user, _, password = args.auth.partition(":")
        kwargs["authenticator"] = authenticator_for(user, password)
        kwargs["auth_required"] = True
        # Plain AUTH over a clear loopback connection is what the test without TLS exercises.
        kwargs["auth_require_tls"] = bool(args.starttls)
    if args.starttls:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.starttls[0], args.starttls[1])
        kwargs["tls_context"] = context
        kwargs["require_starttls"] = True
    controller_kwargs = {}
    if args.smtps:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.smtps[0], args.smtps[1])
        controller_kwargs["ssl_context"] = context

    controller = Controller(
        Handler(args),
        hostname="127.0.0.1",
        port=port,
        server_hostname="localhost",
        ready_timeout=10,
        server_kwargs=kwargs,
        **controller_kwargs,
    )
    controller.start()
    print("READY %d" % port, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        controller.stop()


if __name__ == "__main__":
    sys.exit(main())
