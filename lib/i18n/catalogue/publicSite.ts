// UI strings for this area (Simplified Chinese). Assembled into `messages.publicSite`.
export const publicSite = {
  siteName: '市中区民政局政府信息公开',
  navLabel: '政府信息公开栏目',
  homeLink: '首页',
  columns: {
    guide: '政府信息公开指南',
    rules: '政府信息公开制度',
    statutory: '法定主动公开内容',
    annualReports: '政府信息公开年报',
    catalogue: '政府信息公开目录',
  },
  search: {
    label: '站内搜索',
    headerLandmark: '全站搜索',
    pageLandmark: '搜索本站公开信息',
    placeholder: '请输入关键词，如：养老',
    submit: '搜索',
    title: '站内搜索',
    resultsFor: (q: string) => `“${q}”的搜索结果`,
    count: (n: number) => `共找到 ${n} 条结果`,
    capped: (n: number) => `匹配结果较多，以下为最近发布的 ${n} 条（标题含关键词的排在前面）。可增加关键词缩小范围。`,
    none: '没有找到相关信息，请更换关键词再试。',
    emptyPage: '本页没有结果。',
    backToFirst: '返回第一页',
    prompt: '请输入要查找的内容。两个字及以上的词语检索最准确；标题中含有关键词的结果排在前面，其余按发布时间排序。',
    titleMatch: '标题匹配',
    tooLong: (max: number) => `搜索内容过长，以下只按前 ${max} 个字查找。`,
  },
  home: {
    title: '政府信息公开',
    intro:
      '本平台依据《中华人民共和国政府信息公开条例》公开区民政局的机构职能、政策法规、规范性文件、通知公告、行政执法公示、工作动态与年度报告，接受社会各界监督。',
    more: (name: string) => `更多${name}`,
    empty: '暂无信息',
    columnsTitle: '政府信息公开专栏',
    staffEntry: '工作人员入口',
  },
  list: {
    yearFilter: '按年份筛选',
    allYears: '全部年份',
    yearLabel: (y: number) => `${y}年`,
    count: (n: number) => `共 ${n} 条`,
    empty: '本栏目暂无已公开的信息。',
    feed: '订阅本栏目（Atom）',
    titleWithYear: (name: string, y: number) => `${name}（${y}年）`,
  },
  pagination: {
    label: '分页',
    previous: '上一页',
    next: '下一页',
    page: (n: number) => `第 ${n} 页`,
    of: (n: number, total: number) => `第 ${n} 页，共 ${total} 页`,
  },
  detail: {
    breadcrumb: '当前位置',
    metaLabel: '信息属性',
    indexNumber: '索引号',
    category: '所属栏目',
    sourceDepartment: '发布机构',
    formedOn: '成文日期',
    publishedOn: '发布日期',
    parties: '当事人',
    attachments: '附件',
    download: (name: string) => `下载 ${name}`,
    noIndexNumber: '—',
    withdrawnTitle: '该信息已撤回',
    withdrawnNotice: (date: string | null) => (date ? `本信息已于 ${date} 撤回，不再公开正文。` : '本信息已撤回，不再公开正文。'),
    withdrawnReason: '撤回原因',
    body: '正文',
  },
  catalogue: {
    title: '政府信息公开目录',
    intro: '按发布时间倒序列出本机关主动公开的政府信息，包括索引号、名称、内容概述和生成日期。',
    caption: '政府信息公开目录',
    indexNumber: '索引号',
    name: '名称',
    summary: '内容概述',
    date: '生成日期',
    category: '类别',
  },
  statutory: {
    title: '法定主动公开内容',
    intro: '依据《中华人民共和国政府信息公开条例》第二十条、第二十一条，本机关主动公开以下政府信息。',
  },
  notFound: {
    title: '页面不存在',
    text: '您访问的信息不存在、尚未公开或已被移除。',
    back: '返回首页',
  },
  feed: {
    title: (name: string) => `市中区民政局 · ${name}`,
    allTitle: '市中区民政局 · 政府信息公开',
    all: '全部栏目',
  },
  // 政府信息公开指南 (demo contact details: this is a demonstration portal).
  guide: {
    title: '政府信息公开指南',
    intro:
      '为便于公民、法人和其他组织获取市中区民政局的政府信息，根据《中华人民共和国政府信息公开条例》（以下简称《条例》），编制本指南。',
    sections: [
      {
        heading: '一、主动公开',
        paragraphs: [
          '公开范围：机构职能、政策法规、规范性文件、政策解读、通知公告、行政执法公示、工作动态、政府信息公开工作年度报告等，具体见“法定主动公开内容”和“政府信息公开目录”。',
          '公开方式：本网站为主动公开政府信息的第一平台，同时通过政务新媒体、政务服务中心查阅点等方式公开。',
          '公开时限：属于主动公开范围的政府信息，自该信息形成或者变更之日起20个工作日内予以公开（《条例》第二十六条）。',
        ],
      },
      {
        heading: '二、依申请公开',
        paragraphs: [
          '申请方式：申请人可以当面提交、邮寄或者通过网络提交书面申请。采用书面形式确有困难的，可以口头提出，由受理机关代为填写申请。',
          '申请内容：申请人的姓名或者名称、身份证明、联系方式；申请公开的政府信息的名称、文号或者便于查询的其他特征性描述；获取信息的方式、途径。',
          '答复时限：能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内予以答复；需要延长答复期限的，经负责人同意并告知申请人，延长期限最长不超过20个工作日（《条例》第三十三条）。',
          '收费：依申请提供政府信息，不收取费用。申请人申请公开政府信息的数量、频次明显超过合理范围的，按照国家有关规定收取信息处理费。',
        ],
      },
      {
        heading: '三、受理机构与联系方式',
        paragraphs: [
          '受理机构：市中区民政局办公室（政务公开科）',
          '办公地址：市中区人民路100号区行政中心3号楼二层（演示地址）',
          '邮政编码：250000　　联系电话：0531-00000000（演示号码）　　传真：0531-00000001',
          '电子邮箱：gongkai@demo.minzheng.gov.cn',
        ],
      },
      {
        heading: '四、办公时间',
        paragraphs: [
          '法定工作日上午9:00—12:00，下午13:30—17:30（法定节假日及调休按国务院办公厅通知执行）。',
        ],
      },
      {
        heading: '五、监督和救济',
        paragraphs: [
          '公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼（《条例》第五十一条）。',
        ],
      },
    ],
  },
  // 政府信息公开制度.
  rules: {
    title: '政府信息公开制度',
    intro: '本机关依照下列法规和工作制度开展政府信息公开工作。',
    items: [
      { name: '《中华人民共和国政府信息公开条例》', note: '国务院令第711号，2019年5月15日起施行。' },
      { name: '政府信息主动公开工作制度', note: '明确主动公开的范围、程序和时限，信息形成或变更之日起20个工作日内公开。' },
      { name: '政府信息公开保密审查制度', note: '拟公开的政府信息在公开前均经保密审查并记录审查人（《条例》第十七条）。' },
      { name: '通知公告法制审核制度', note: '通知、通告、通报等在发布前均须经法制审核，审核通过后方可发布。' },
      { name: '依申请公开工作制度', note: '规定申请的受理、登记、办理、答复和归档程序。' },
      { name: '个人信息保护规定', note: '涉及自然人的信息以结构化字段隐去姓名（如“张某某”）后公开（《条例》第十五条）。' },
      { name: '政府信息公开工作年度报告制度', note: '每年1月31日前公布上一年度政府信息公开工作年度报告。' },
    ],
  },
  size: (bytes: number) =>
    bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : bytes >= 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${bytes} 字节`,
} as const;
