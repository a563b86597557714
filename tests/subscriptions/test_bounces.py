"""Bounces: three hard bounces stop sending; DSNs are read from the bounce mailbox."""

import mailbox

from django.core.management import call_command

from subscriptions.models import Subscriber
from tests.subscriptions.conftest import EMAIL, confirmed, new_article, run_worker


def dsn(recipient: str, status: str) -> str:
    """A delivery status notification (RFC 3464) as a mail server sends it back."""
    return (
        "From: MAILER-DAEMON@mail.example.com\n"
        "To: bounces@vallensbaek.dk\n"
        "Subject: Undelivered Mail Returned to Sender\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\n\n'
        "--b1\nContent-Type: text/plain\n\nDin e-mail kunne ikke leveres.\n\n"
        "--b1\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mail.example.com\n\n"
        f"Final-Recipient: rfc822; {recipient}\nAction: failed\nStatus: {status}\n\n"
        "--b1--\n"
    )


def test_three_hard_bounces_stop_sending(news_index, smtp_server, capsys):
    confirmed(page=news_index)
    call_command("record_bounces", EMAIL, EMAIL)
    assert Subscriber.objects.get().bouncing_since is None
    call_command("record_bounces", EMAIL)
    assert "1 adresser stoppet" in capsys.readouterr().out
    assert Subscriber.objects.get().bouncing_since is not None
    new_article(news_index)
    run_worker()
    assert smtp_server.received == []


def test_soft_bounces_do_not_stop_sending(news_index):
    confirmed(page=news_index)
    for _ in range(5):
        call_command("record_bounces", EMAIL, "--soft")
    subscriber = Subscriber.objects.get()
    assert subscriber.bouncing_since is None and subscriber.hard_bounces == 0


def test_delivery_status_notifications_are_read_from_a_mailbox(news_index, tmp_path, capsys):
    confirmed(page=news_index)
    box = mailbox.mbox(tmp_path / "bounces.mbox")
    for _ in range(3):
        box.add(dsn(EMAIL.upper(), "5.1.1"))
    box.add(dsn(EMAIL, "4.2.2"))  # mailbox full: soft
    box.add(dsn("ukendt@example.com", "5.1.1"))
    box.flush()
    call_command("record_bounces", "--mailbox", str(tmp_path / "bounces.mbox"))
    out = capsys.readouterr().out
    assert "5 afvisninger læst, 1 for ukendte adresser" in out
    subscriber = Subscriber.objects.get()
    assert subscriber.hard_bounces == 3 and subscriber.bouncing_since is not None


def test_confirming_again_resumes_sending(news_index, client):
    from subscriptions import tokens

    subscription = confirmed(page=news_index)
    for _ in range(3):
        call_command("record_bounces", EMAIL)
    subscription.status = "pending"
    subscription.save()
    token = tokens.make(tokens.CONFIRM, subscription.subscriber, u=[subscription.pk])
    client.post(f"/abonnement/bekraeft/{token}/")
    subscriber = Subscriber.objects.get()
    assert subscriber.bouncing_since is None and subscriber.hard_bounces == 0
