// A skeleton area used only by client_areamodule_test: the smallest page an area can add, shown
// to prove that an area registered through client/module/areamodule.h opens from the navigation.
#pragma once

#include <QLabel>

namespace kikan::client {

class ApiClient;
class CardReader;

class SkeletonPage : public QLabel
{
    Q_OBJECT
public:
    // The constructor the page factory calls with PageContext's api, reader and parent.
    SkeletonPage(ApiClient *api, CardReader *reader, QWidget *parent)
        : QLabel(QStringLiteral("skeleton"), parent), m_api(api), m_reader(reader)
    {
        setObjectName(QStringLiteral("skeletonPage"));
    }
    ApiClient *api() const { return m_api; }
    CardReader *reader() const { return m_reader; }

private:
    ApiClient *m_api;
    CardReader *m_reader;
};

} // namespace kikan::client
