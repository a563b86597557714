"""A hearing takes part in the apps merged beside it: easy-read and subscriptions."""

from subscriptions import targets


def test_a_hearing_with_an_easy_read_version_offers_and_serves_it(hearings, client):
    hearing = hearings.add(
        slug="let-hoering",
        title="Ny sti ved søen",
        easy_read="<p>Kommunen vil lave en ny sti. Sig din mening.</p>",
    )

    page = client.get(hearing.url)
    easy = client.get(hearing.url + "?version=let")

    assert "Læs let version" in page.content.decode()
    assert "Kommunen vil lave en ny sti." in easy.content.decode()


def test_subscribers_of_hearings_hear_of_new_hearings_and_of_a_decision(hearings):
    hearing = hearings.hearing

    assert targets.kind_of_page(hearings.index) == "section"
    assert targets.kind_of_page(hearing) == "page"
    assert targets.items_of(hearing) == []

    hearing.decision_text = "Byrådet vedtog lokalplanen med to ændringer."
    hearing.save_revision().publish()

    (item,) = targets.items_of(hearing)
    assert item.key == "decision"
    assert "Byrådet vedtog lokalplanen" in item.summary
