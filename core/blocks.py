"""StreamField blocks shared by every page type."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h2", "h3"]


class HeadingBlock(blocks.CharBlock):
    """A section heading (rendered as h2) that feeds the page's table of contents."""

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading.html"
        form_classname = "title"


class CaptionedImageBlock(blocks.StructBlock):
    """An image with alt text (required unless decorative) and an optional caption."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/captioned_image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, max_length=120, label=_("Attribution"))

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote.html"


class FactBoxBlock(blocks.StructBlock):
    """A highlighted box of short facts ("Fakta")."""

    title = blocks.CharBlock(max_length=120, label=_("Title"), default=_("Facts"))
    items = blocks.ListBlock(blocks.CharBlock(max_length=250), label=_("Facts"))

    class Meta:
        icon = "list-ul"
        label = _("Fact box")
        template = "blocks/fact_box.html"


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, label=_("Button text"))
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("External link"))

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "blocks/call_to_action.html"

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks.struct_block import StructBlockValidationError

        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose either a page or an external link.")
            raise StructBlockValidationError(block_errors={"url": ValidationError(message)})
        return value


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(required=False, max_length=200, label=_("Link text"))

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "blocks/document_link.html"


class ContactBlock(SnippetChooserBlock):
    def __init__(self, **kwargs):
        super().__init__("core.Contact", **kwargs)

    class Meta:
        icon = "user"
        label = _("Contact")
        template = "blocks/contact.html"


class BodyStreamBlock(blocks.StreamBlock):
    """The body of articles, activities and standard pages."""

    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, label=_("Paragraph"), template="blocks/paragraph.html"
    )
    heading = HeadingBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    fact_box = FactBoxBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
    embed = EmbedBlock(label=_("Video or embed"), template="blocks/embed.html")


class GuideStepBlock(blocks.StructBlock):
    """One numbered step (chapter) of an association guide."""

    title = blocks.CharBlock(max_length=150, label=_("Title"))
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))
    checklist = blocks.ListBlock(
        blocks.CharBlock(max_length=250), required=False, default=[], label=_("Checklist")
    )
    downloads = blocks.ListBlock(
        DocumentChooserBlock(), required=False, default=[], label=_("Downloads")
    )
    contact = ContactBlock(required=False)

    class Meta:
        icon = "list-ol"
        label = _("Step")
        template = "blocks/guide_step.html"
