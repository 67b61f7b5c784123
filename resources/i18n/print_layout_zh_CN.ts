<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>PrintLayout</name>
        <message>
            <location filename="../../app/ui/print_layout.py" line="162" />
            <source>N</source>
            <extracomment>Paper sizes [mm], portrait (width, height).</extracomment>
            <translation>北</translation>
        </message>
        <message>
            <location filename="../../app/ui/print_layout.py" line="194" />
            <source>Legend</source>
            <translation>图例</translation>
        </message>
        <message>
            <location filename="../../app/ui/print_layout.py" line="271" />
            <source>Print map</source>
            <translation>打印地图</translation>
        </message>
        <message>
            <location filename="../../app/ui/print_layout.py" line="277" />
            <source>Landscape</source>
            <translation>横向</translation>
        </message>
        <message>
            <location filename="../../app/ui/print_layout.py" line="277" />
            <source>Portrait</source>
            <translation>纵向</translation>
        </message>
        <message>
            <location filename="../../app/ui/print_layout.py" line="283" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location filename="../../app/ui/print_layout.py" line="288" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../app/ui/print_layout.py" line="289" />
            <source>Paper</source>
            <translation>纸张</translation>
        </message>
        <message>
            <location filename="../../app/ui/print_layout.py" line="290" />
            <source>Orientation</source>
            <translation>方向</translation>
        </message>
        <message>
            <location filename="../../app/ui/print_layout.py" line="291" />
            <source>DPI</source>
            <translation>分辨率（DPI）</translation>
        </message>
        <message>
            <location filename="../../app/ui/print_layout.py" line="292" />
            <source>Output (.png or .pdf)</source>
            <translation>输出文件（.png 或 .pdf）</translation>
        </message>
        <message>
            <location filename="../../app/ui/print_layout.py" line="301" />
            <source>Print to</source>
            <translation>打印到</translation>
        </message>
        <message>
            <location filename="../../app/ui/print_layout.py" line="310" />
            <source>choose an output file; expected a path ending in .png or .pdf</source>
            <translation>请选择输出文件；路径应以 .png 或 .pdf 结尾</translation>
        </message>
    </context>
</TS>
