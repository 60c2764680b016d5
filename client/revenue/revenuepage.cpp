// The treasury page (revenuepage.h).
#include "revenuepage.h"

#include "dailyreporttab.h"
#include "directdebittab.h"
#include "ocrbatchtab.h"
#include "paymentstatustab.h"
#include "receiptqueuetab.h"

#include "client/app/buttons.h"

#include <QLabel>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kikan::client {

RevenuePage::RevenuePage(ApiClient *api, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makePageTitle(tr("Treasury"), this));
    m_tabs = new QTabWidget(this);
    m_ocr = new OcrBatchTab(api, m_tabs);
    m_queue = new ReceiptQueueTab(api, m_tabs);
    m_status = new PaymentStatusTab(api, m_tabs);
    m_debit = new DirectDebitTab(api, m_tabs);
    m_daily = new DailyReportTab(api, m_tabs);
    m_tabs->addTab(m_ocr, tr("OCR batch"));
    m_tabs->addTab(m_queue, tr("Unmatched queue"));
    m_tabs->addTab(m_status, tr("Payment status"));
    m_tabs->addTab(m_debit, tr("Direct debit"));
    m_tabs->addTab(m_daily, tr("Daily report"));
    layout->addWidget(m_tabs, 1);
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *key = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(key, &QShortcut::activated, this, [this, i] { m_tabs->setCurrentIndex(i); });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (m_tabs->widget(i) == m_ocr)
            m_ocr->reloadBatches();
        else if (m_tabs->widget(i) == m_queue)
            m_queue->reload();
    });
    m_ocr->reloadBatches();
}

} // namespace kikan::client
