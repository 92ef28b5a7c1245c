from tests.workspace.test_import import _read, REPORT
def test_x(reporter_client, commune_targets):
    html = _read(reporter_client, text=REPORT).content.decode()
    i = html.index('ws-source')
    print(html[i-50:i+1200])
    assert 0
