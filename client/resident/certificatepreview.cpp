// The certificate preview pane (certificatepreview.h).
#include "certificatepreview.h"

#include "client/app/buttons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QVBoxLayout>

namespace kikan::client {

CertificatePreview::CertificatePreview(QWidget *parent) : QWidget(parent)
{
    m_previous = new QPushButton(tr("< Previous page"), this);
    m_next = new QPushButton(tr("Next page >"), this);
    m_previous->setToolTip(tr("Page Up"));
    m_next->setToolTip(tr("Page Down"));
    m_fitWidth = new QPushButton(tr("&Zoom to width"), this);
    m_fitWidth->setCheckable(true);
    for (QPushButton *b : {m_previous, m_next, m_fitWidth})
        b->setAutoDefault(false);
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("previewPage"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_pageLabel);
    bar->addWidget(m_next);
    bar->addStretch();
    bar->addWidget(m_fitWidth);

    m_status = makeMessageLabel(
        QStringLiteral("previewStatus"),
        QStringLiteral("padding: 3px; background: #fff3cd; color: #6b4e00;"), this);
    m_view = new QLabel;
    m_view->setObjectName(QStringLiteral("previewImage"));
    m_view->setAlignment(Qt::AlignCenter);
    m_view->setWordWrap(true);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setStyleSheet(QStringLiteral("QScrollArea { background: #5f6368; }"
                                           "QLabel#previewImage { background: #5f6368; "
                                           "color: white; }"));
    m_scroll->setFocusPolicy(Qt::NoFocus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_scroll, 1);

    connect(m_previous, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_fitWidth, &QPushButton::toggled, this, &CertificatePreview::redraw);
    for (const auto &[key, step] : {std::pair{Qt::Key_PageUp, -1}, {Qt::Key_PageDown, 1}}) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this,
                [this, s = step] { showPage(m_page + s); });
    }
    showMessage(QString());
}

bool CertificatePreview::setPages(const QByteArray &json)
{
    if (const auto error = m_pages.load(json)) {
        showMessage(tr("The pages cannot be shown: %1").arg(*error));
        return false;
    }
    setStale(false);
    m_page = 0;
    redraw();
    return true;
}

void CertificatePreview::showMessage(const QString &message)
{
    m_pages.clear();
    m_image = {};
    m_page = 0;
    m_view->setPixmap({});
    m_view->setText(message);
    redraw();
}

void CertificatePreview::setStale(bool stale)
{
    m_status->setText(tr("The form has changed: press Enter to preview again."));
    m_status->setVisible(stale && m_pages.pageCount() > 0);
}

void CertificatePreview::showPage(int page)
{
    if (page < 0 || page >= m_pages.pageCount() || page == m_page)
        return;
    m_page = page;
    redraw();
    m_scroll->verticalScrollBar()->setValue(0);
}

void CertificatePreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    redraw();
}

void CertificatePreview::redraw()
{
    const int pages = m_pages.pageCount();
    m_pageLabel->setText(pages ? tr("Page %1 of %2").arg(m_page + 1).arg(pages) : QString());
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < pages);
    m_fitWidth->setEnabled(pages > 0);
    if (!pages)
        return;
    // Fitted to the pane, or to its width (less the scroll bar) when zoomed.
    const QSize area = m_scroll->viewport()->size() - QSize(12, 12);
    const QSize box = m_fitWidth->isChecked()
        ? QSize(area.width() - m_scroll->verticalScrollBar()->sizeHint().width(), 100000)
        : area;
    m_image = m_pages.renderFitted(m_page, box, devicePixelRatioF());
    m_view->setPixmap(QPixmap::fromImage(m_image));
}

} // namespace kikan::client
