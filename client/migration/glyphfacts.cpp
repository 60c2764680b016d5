// The selected legacy glyph of 文字同定 (glyphfacts.h).
#include "glyphfacts.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPixmap>

namespace kikan::client {

GlyphFacts::GlyphFacts(QWidget *parent) : QWidget(parent)
{
    m_image = new QLabel(this);
    m_image->setFixedSize(100, 100);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setFrameShape(QFrame::Box);
    m_image->setStyleSheet(QStringLiteral("background: white; color: gray;"));
    m_vendorCode = new QLabel(this);
    QFont vf = m_vendorCode->font();
    vf.setBold(true);
    vf.setPointSizeF(vf.pointSizeF() * 1.2);
    m_vendorCode->setFont(vf);
    m_codes = new QLabel(this);
    m_reading = new QLabel(this);
    m_reading->setWordWrap(true);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    auto *facts = new QFormLayout;
    facts->addRow(tr("Legacy code:"), m_vendorCode);
    facts->addRow(tr("Codes kept:"), m_codes);
    facts->addRow(tr("Reading / note:"), m_reading);
    facts->addRow(tr("State:"), m_state);
    auto *head = new QHBoxLayout(this);
    head->setContentsMargins(0, 0, 0, 0);
    head->addWidget(m_image, 0, Qt::AlignTop);
    head->addLayout(facts, 1);
}

void GlyphFacts::showGlyph(const QJsonObject &glyph)
{
    const bool any = !glyph.isEmpty();
    const QByteArray png = QByteArray::fromBase64(
        glyph.value(QStringLiteral("glyphPng")).toString().toLatin1());
    QPixmap image;
    if (!png.isEmpty() && image.loadFromData(png, "PNG"))
        m_image->setPixmap(image.scaled(96, 96, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        m_image->setText(any ? tr("No image") : QString());
    auto value = [&glyph](const char *key) {
        const QString v = glyph.value(QLatin1String(key)).toString();
        return v.isEmpty() ? QStringLiteral("—") : v;
    };
    m_vendorCode->setText(any ? value("vendorCode") : QString());
    m_codes->setText(any ? tr("Juki %1   Koseki %2   Unicode %3")
                               .arg(value("jukiCode"), value("kosekiCode"), value("legacyUcs"))
                         : QString());
    m_reading->setText(any ? QStringLiteral("%1 ／ %2").arg(value("reading"), value("note"))
                           : QString());
    if (glyph.value(QStringLiteral("status")).toString() == QLatin1String("decided")) {
        m_state->setText(tr("Decided as %1 (%2) by %3 at %4")
                             .arg(value("mjCode"), value("text"), value("decidedBy"),
                                  value("decidedAt")));
    } else {
        m_state->setText(any ? tr("Undecided: records with this character wait for a decision")
                             : tr("Select a legacy glyph on the left."));
    }
}

} // namespace kikan::client
