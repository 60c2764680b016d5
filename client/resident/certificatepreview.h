// The preview pane of the certificate dialog: the pages the server prepared (formpages.h), drawn
// here by the form engine, one page at a time,
// fitted to the pane (or to its width, to read the small print), with page keys (PgUp/PgDn) and
// a note over it when the form has changed since (the preview is then not what will be issued).
#pragma once

#include "client/printing/formpages.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;

namespace kikan::client {

class CertificatePreview : public QWidget
{
    Q_OBJECT
public:
    explicit CertificatePreview(QWidget *parent = nullptr);

    // Shows the server's page set (pagejson.h) from its first page; false (and the reason) when
    // it cannot be drawn here.
    bool setPages(const QByteArray &json);
    // No pages: the pane shows the message instead.
    void showMessage(const QString &message);
    // Marks the shown pages as out of date (the form changed) or current again.
    void setStale(bool stale);

    const FormPages &pages() const { return m_pages; }
    int pageCount() const { return m_pages.pageCount(); }
    int currentPage() const { return m_page; }
    void showPage(int page);
    // The image shown for the current page (null when none).
    QImage pageImage() const { return m_image; }
    QPushButton *fitWidthButton() const { return m_fitWidth; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void redraw();

    FormPages m_pages;
    int m_page = 0;
    QImage m_image;
    QScrollArea *m_scroll;
    QLabel *m_pageLabel;
    QLabel *m_view;
    QLabel *m_status;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_fitWidth;
};

} // namespace kikan::client
