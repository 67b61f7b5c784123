<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="41" />
            <source>Export layer</source>
            <translation>导出图层</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="59" />
            <source>One .zip file</source>
            <translation>打包为一个 .zip 文件</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="60" />
            <source>One file per geometry type</source>
            <translation>每种几何类型一个文件</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="61" />
            <source>Cut text longer than 254 bytes</source>
            <translation>截断超过 254 字节的文本</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="62" />
            <source>All layers in one GeoPackage</source>
            <translation>全部图层导出到一个 GeoPackage</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="63" />
            <source>Selected features only</source>
            <translation>仅导出所选要素</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="66" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="73" />
            <source>Layer</source>
            <translation>图层</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="74" />
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="75" />
            <source>Coordinate system</source>
            <translation>坐标系</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="76" />
            <source>Encoding (Shapefile)</source>
            <translation>编码（Shapefile）</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="82" />
            <source>Output file</source>
            <translation>输出文件</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="111" />
            <source>GeoJSON and KML are always WGS84 longitude/latitude (RFC 7946, OGC KML).</source>
            <translation>GeoJSON 和 KML 始终为 WGS84 经纬度（RFC 7946、OGC KML 规定）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="113" />
            <source>Sample layer: every feature gets a field sample = 示例数据 / sample data.</source>
            <translation>示例图层：每个要素都会带有字段 sample = 示例数据 / sample data。</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="122" />
            <source>Export to</source>
            <translation>导出到</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="131" />
            <source>choose an output file; expected a path such as buildings.shp</source>
            <translation>请选择输出文件；应为类似 buildings.shp 的路径</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="134" />
            <source>no vector layer to export</source>
            <translation>没有可导出的矢量图层</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="154" />
            <source>Exported to {path}</source>
            <translation>已导出到 {path}</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="23" />
            <source>CGCS2000 geographic (lon/lat)</source>
            <extracomment>Titles of :data:`app.export.vector.EXPORT_CRS` shown in the dialog (translated; the core keeps English).</extracomment>
            <translation>CGCS2000 地理坐标（经纬度）</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="24" />
            <source>CGCS2000 / 3-degree Gauss-Kruger CM 120E (metres)</source>
            <translation>CGCS2000 / 3 度带高斯-克吕格 中央经线 120°E（米）</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="25" />
            <source>WGS84 (lon/lat)</source>
            <translation>WGS84（经纬度）</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="26" />
            <source>GCJ-02 web-map datum (AMap/Tencent), labelled WGS84</source>
            <translation>GCJ-02 网络地图坐标（高德/腾讯），文件中标注为 WGS84</translation>
        </message>
    </context>
</TS>
