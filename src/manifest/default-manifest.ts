/**
 * The built-in manifest. Every number and link here comes from shared/reference/resources.md (checked
 * 2026-11-23); resources it marks "likely" are left out, except the platforms' help-centre links, which carry
 * no `verified` date so the elements show them as not recently checked. Guidance text is written fresh from
 * shared/reference/guidance.md, in plain words.
 *
 * It is checked against the schema by the tests and the build, not at run time, to keep the bundle small.
 */
import type { Manifest, Text } from './schema.js';

const VERIFIED = '2026-11-23';

function t(en: string, es: string): Text {
  return { en, es };
}

const src = (...hosts: string[]) => hosts.map((host) => `https://${host}`);

export const defaultManifest: Manifest = {
  version: 1,
  locales: ['en', 'es'],
  emergency: [
    {
      region: 'US',
      numbers: ['911'],
      sources: src('humantraffickinghotline.org', 'pbjlearning.com'),
      verified: VERIFIED,
    },
    { region: 'CA', numbers: ['911'], sources: src('protectkidsonline.ca'), verified: VERIFIED },
    { region: 'GB', numbers: ['999'], sources: src('ceopeducation.co.uk'), verified: VERIFIED },
    { region: 'AU', numbers: ['000'], sources: src('www.esafety.gov.au'), verified: VERIFIED },
    // The reference lists Ireland's numbers as likely: shipped without a verified date.
    { region: 'IE', numbers: ['112', '999'] },
  ],
  resources: [
    {
      id: 'ncmec-cybertipline',
      kind: 'reporting-centre',
      name: 'CyberTipline',
      organisation: 'National Center for Missing & Exploited Children (NCMEC)',
      description: t(
        'Report any sexual exploitation of a child: sexual images of a child, an adult chatting with a child about sex, sextortion of someone under 18, or child trafficking. Anyone can report, including a young person about themselves.',
        'Denuncia cualquier explotación sexual de un menor: imágenes sexuales de un menor, un adulto que habla de sexo con un menor, sextorsión a alguien menor de 18 o trata de menores. Cualquiera puede denunciar, también un joven sobre sí mismo.',
      ),
      regions: ['US'],
      audiences: ['child', 'teen', 'parent', 'educator', 'adult'],
      topics: ['csam', 'minor-images', 'enticement', 'trafficking'],
      channels: [
        {
          type: 'web',
          url: 'https://report.cybertip.org',
          label: t('Report online', 'Denunciar en línea'),
        },
        { type: 'phone', display: '1-800-843-5678 (1-800-THE-LOST)', number: '+18008435678' },
      ],
      hours: { type: 'always' },
      anonymous: 'yes',
      languages: ['en'],
      contact: t(
        'Your name and contact details are optional. Saying where it happened and where you are helps the report reach the right police.',
        'Tu nombre y tus datos de contacto son opcionales. Decir dónde pasó y dónde estás ayuda a que la denuncia llegue a la policía correcta.',
      ),
      sources: src(
        'report.cybertip.org/faqs',
        'takeitdown.ncmec.org/faq',
        'nsteens.org/WhatToReport',
      ),
      verified: VERIFIED,
    },
    {
      id: 'ncmec-take-it-down',
      kind: 'removal-tool',
      name: 'Take It Down',
      organisation: 'National Center for Missing & Exploited Children (NCMEC)',
      description: t(
        'Helps remove or stop the sharing of nude, partly nude or sexual images or videos taken when you were under 18. Works anywhere in the world, on the platforms that take part.',
        'Ayuda a quitar o frenar la difusión de imágenes o videos desnudos, semidesnudos o sexuales tomados cuando tenías menos de 18 años. Funciona en todo el mundo, en las plataformas que participan.',
      ),
      regions: ['INTL'],
      audiences: ['child', 'teen', 'parent', 'educator'],
      topics: ['minor-images'],
      channels: [
        {
          type: 'web',
          url: 'https://takeitdown.ncmec.org',
          label: t('Start Take It Down', 'Usar Take It Down'),
        },
      ],
      hours: { type: 'online' },
      anonymous: 'yes',
      contact: t(
        'The image never leaves your device: only a digital fingerprint (a hash) is sent. Do not send or upload the image itself.',
        'La imagen nunca sale de tu dispositivo: solo se envía una huella digital (un hash). No envíes ni subas la imagen.',
      ),
      sources: src('takeitdown.ncmec.org/faq'),
      verified: VERIFIED,
    },
    {
      id: 'fbi-tips',
      kind: 'law-enforcement',
      name: 'FBI tips',
      organisation: 'Federal Bureau of Investigation',
      description: t(
        'Report sextortion and other federal crimes to the FBI.',
        'Denuncia la sextorsión y otros delitos federales ante el FBI.',
      ),
      regions: ['US'],
      audiences: ['teen', 'parent', 'educator', 'adult'],
      topics: ['sextortion'],
      channels: [
        {
          type: 'web',
          url: 'https://tips.fbi.gov',
          label: t('Send a tip online', 'Enviar un aviso en línea'),
        },
        { type: 'phone', display: '1-800-CALL-FBI (1-800-225-5324)', number: '+18002255324' },
      ],
      hours: { type: 'always' },
      anonymous: 'optional',
      languages: ['en'],
      contact: t(
        'This reports to federal police. You can choose whether to give your name.',
        'Esto se denuncia ante la policía federal. Puedes elegir si das tu nombre.',
      ),
      sources: src('myteensworld.com', 'airforceamy.org/resources'),
      verified: VERIFIED,
    },
    {
      id: 'nhth',
      kind: 'helpline',
      name: 'National Human Trafficking Hotline',
      organisation: 'Polaris',
      description: t(
        'For victims, survivors and anyone with a tip about sex or labour trafficking. It is not the police or immigration.',
        'Para víctimas, sobrevivientes y cualquiera con información sobre trata sexual o laboral. No es la policía ni inmigración.',
      ),
      regions: ['US'],
      audiences: ['child', 'teen', 'parent', 'educator', 'adult'],
      topics: ['trafficking'],
      channels: [
        { type: 'phone', display: '1-888-373-7888', number: '+18883737888' },
        { type: 'text', display: '233733', number: '233733', body: 'BeFree' },
        { type: 'phone', display: '711', number: '711', tty: true },
        {
          type: 'chat',
          url: 'https://humantraffickinghotline.org',
          label: t('Live chat', 'Chat en vivo'),
        },
        {
          type: 'web',
          url: 'https://humantraffickinghotline.org',
          label: t('Online tip form', 'Formulario de aviso'),
        },
      ],
      hours: { type: 'always' },
      anonymous: 'yes',
      languages: ['en', 'es'],
      contact: t(
        'Confidential, and tips can be anonymous. Over 200 languages through an interpreter.',
        'Confidencial, y los avisos pueden ser anónimos. Más de 200 idiomas con intérprete.',
      ),
      sources: src('humantraffickinghotline.org/about-us/what-we-do'),
      verified: VERIFIED,
    },
    {
      id: 'rainn-hotline',
      kind: 'helpline',
      name: 'National Sexual Assault Hotline',
      organisation: 'RAINN',
      description: t(
        'For anyone affected by sexual violence. Calls go to a trained person at a local crisis centre near you.',
        'Para cualquier persona afectada por violencia sexual. Las llamadas van a una persona capacitada de un centro de crisis cercano.',
      ),
      regions: ['US'],
      audiences: ['teen', 'parent', 'educator', 'adult'],
      topics: ['sexual-assault'],
      channels: [
        { type: 'phone', display: '800-656-HOPE (800-656-4673)', number: '+18006564673' },
        { type: 'chat', url: 'https://rainn.org', label: t('Online chat', 'Chat en línea') },
      ],
      hours: { type: 'always' },
      anonymous: 'yes',
      contact: t(
        'Confidential. Your phone number is not kept.',
        'Confidencial. No se guarda tu número de teléfono.',
      ),
      sources: src('rainn.org/get-help/national-sexual-assault-hotline'),
      verified: VERIFIED,
    },
    {
      id: 'dod-safe-helpline',
      kind: 'helpline',
      name: 'DoD Safe Helpline',
      organisation: 'Department of Defense, run by RAINN',
      description: t(
        'For adult members of the US military community (service members, and family members 18 or over) affected by sexual assault, anywhere in the world.',
        'Para adultos de la comunidad militar de EE. UU. (militares y familiares de 18 años o más) afectados por agresión sexual, en cualquier parte del mundo.',
      ),
      regions: ['US'],
      audiences: ['adult'],
      topics: ['sexual-assault', 'military'],
      channels: [
        { type: 'phone', display: '877-995-5247', number: '+18779955247' },
        {
          type: 'chat',
          url: 'https://www.safehelpline.org',
          label: t('Online chat', 'Chat en línea'),
        },
        {
          type: 'text',
          display: '55247',
          number: '55247',
          label: t(
            'Text your zip code or base name to 55247 (in the US)',
            'Envía tu código postal o el nombre de tu base al 55247 (en EE. UU.)',
          ),
        },
        {
          type: 'text',
          display: '+1 202-470-5546',
          number: '+12024705546',
          label: t(
            'Text +1 202-470-5546 (outside the US)',
            'Envía un mensaje al +1 202-470-5546 (fuera de EE. UU.)',
          ),
        },
      ],
      hours: { type: 'always' },
      anonymous: 'yes',
      contact: t(
        'Anonymous and confidential. Nothing that identifies you is shared with your chain of command.',
        'Anónimo y confidencial. Nada que te identifique se comparte con tus superiores.',
      ),
      sources: src('sapr.mil/dod-safe-helpline', 'pointerview.com', 'safehelpline.org/about'),
      verified: VERIFIED,
    },
    {
      id: 'cybertip-ca',
      kind: 'reporting-centre',
      name: 'Cybertip.ca',
      organisation: 'Canadian Centre for Child Protection',
      description: t(
        "Canada's tipline for the online sexual exploitation of children: sexual images of children, luring, sextortion, or a nude image shared without permission. Reports go to police or child welfare.",
        'La línea de denuncias de Canadá para la explotación sexual de menores en internet: imágenes sexuales de menores, captación, sextorsión o una imagen desnuda compartida sin permiso. Las denuncias van a la policía o a protección infantil.',
      ),
      regions: ['CA'],
      audiences: ['child', 'teen', 'parent', 'educator', 'adult'],
      topics: ['csam', 'minor-images', 'enticement'],
      channels: [
        {
          type: 'web',
          url: 'https://www.cybertip.ca',
          label: t('Report online', 'Denunciar en línea'),
          hours: { type: 'online' },
        },
        { type: 'phone', display: '1-866-658-9022', number: '+18666589022' },
      ],
      anonymous: 'optional',
      contact: t(
        'Contact details are optional. Cybertip.ca takes no reports by email, so that no one sends it sexual images of children.',
        'Los datos de contacto son opcionales. Cybertip.ca no acepta denuncias por correo, para que nadie le envíe imágenes sexuales de menores.',
      ),
      sources: src(
        'cybertip.ca/app/en',
        'cyberaide.ca/en/report/taking-action',
        'protectkidsonline.ca',
      ),
      verified: VERIFIED,
    },
    {
      id: 'needhelpnow-ca',
      kind: 'removal-tool',
      name: 'NeedHelpNow.ca',
      organisation: 'Canadian Centre for Child Protection',
      description: t(
        'Step-by-step help for young people to get a sexual image of themselves taken down, platform by platform.',
        'Ayuda paso a paso para que los jóvenes consigan que se quite una imagen sexual suya, plataforma por plataforma.',
      ),
      regions: ['CA'],
      audiences: ['child', 'teen', 'parent', 'educator'],
      topics: ['minor-images'],
      channels: [{ type: 'web', url: 'https://needhelpnow.ca' }],
      hours: { type: 'online' },
      sources: src('protectkidsonline.ca/app/en/report_concerning_behaviour'),
      verified: VERIFIED,
    },
    {
      id: 'kids-help-phone',
      kind: 'helpline',
      name: 'Kids Help Phone',
      description: t(
        'For young people in Canada, about anything, in English and French.',
        'Para jóvenes en Canadá, sobre cualquier tema, en inglés y francés.',
      ),
      regions: ['CA'],
      audiences: ['child', 'teen'],
      topics: ['youth-support'],
      channels: [
        { type: 'phone', display: '1-800-668-6868', number: '+18006686868' },
        {
          type: 'text',
          display: '686868',
          number: '686868',
          body: 'CONNECT',
          label: t(
            'Text CONNECT to 686868 (French: TEXTO)',
            'Envía CONNECT al 686868 (en francés: TEXTO)',
          ),
        },
        { type: 'chat', url: 'https://kidshelpphone.ca', label: t('Live chat', 'Chat en vivo') },
      ],
      hours: { type: 'always' },
      languages: ['en', 'fr'],
      contact: t('Confidential.', 'Confidencial.'),
      sources: src('kidshelpphone.ca/text-about-it', 'kidshelpphone.ca', 'cbc.ca'),
      verified: VERIFIED,
    },
    {
      id: 'childline-report-remove',
      kind: 'removal-tool',
      name: 'Report Remove',
      organisation: 'Childline and the Internet Watch Foundation',
      description: t(
        'For under-18s in the UK: report a nude image or video of yourself to get it removed. You choose your age range; if you are 13 or over you prove your age with Yoti, then use a Childline account.',
        'Para menores de 18 en el Reino Unido: denuncia una imagen o video desnudo tuyo para que lo quiten. Eliges tu rango de edad; si tienes 13 o más, confirmas tu edad con Yoti y luego usas una cuenta de Childline.',
      ),
      regions: ['GB'],
      audiences: ['child', 'teen'],
      topics: ['minor-images'],
      channels: [
        {
          type: 'web',
          url: 'https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/report-remove/',
          label: t('Start Report Remove', 'Empezar Report Remove'),
        },
      ],
      hours: { type: 'online' },
      contact: t(
        'Confidential, and you do not need your real name. Childline tells you what happened and offers support.',
        'Confidencial, y no necesitas tu nombre real. Childline te dice qué pasó y te ofrece apoyo.',
      ),
      sources: src(
        'iwf.org.uk/what-we-do/why-we-exist/report-remove',
        'childline.org.uk',
        'learning.nspcc.org.uk/research-resources/report-remove',
      ),
      verified: VERIFIED,
    },
    {
      id: 'childline',
      kind: 'helpline',
      name: 'Childline',
      organisation: 'NSPCC',
      description: t(
        'For anyone under 19 in the UK, about anything. Free, and the number does not show on phone bills.',
        'Para cualquier persona menor de 19 en el Reino Unido, sobre cualquier tema. Gratis, y el número no aparece en la factura.',
      ),
      regions: ['GB'],
      audiences: ['child', 'teen'],
      topics: ['youth-support'],
      channels: [
        { type: 'phone', display: '0800 1111', number: '+448001111' },
        {
          type: 'chat',
          url: 'https://www.childline.org.uk',
          label: t('1-2-1 chat or email', 'Chat 1 a 1 o correo'),
        },
      ],
      hours: { type: 'always' },
      anonymous: 'yes',
      languages: ['en'],
      contact: t(
        'Confidential, and you do not need to give your name. They may pass information on if a life is in danger.',
        'Confidencial, y no necesitas dar tu nombre. Pueden pasar información si una vida está en peligro.',
      ),
      sources: src('learning.nspcc.org.uk/services/childline', 'sunderlandecho.com'),
      verified: VERIFIED,
    },
    {
      id: 'nspcc-helpline',
      kind: 'helpline',
      name: 'NSPCC Helpline',
      organisation: 'NSPCC',
      description: t(
        'For adults worried about a child, or who want to talk it through before reporting to the police.',
        'Para adultos preocupados por un menor, o que quieren hablarlo antes de denunciar a la policía.',
      ),
      regions: ['GB'],
      audiences: ['parent', 'educator', 'adult'],
      topics: ['worried-adult'],
      channels: [{ type: 'phone', display: '0808 800 5000', number: '+448088005000' }],
      languages: ['en'],
      sources: src('ceopeducation.co.uk/parents/get-help/reporting-an-incident'),
      verified: VERIFIED,
    },
    {
      id: 'iwf-report',
      kind: 'reporting-centre',
      name: 'Internet Watch Foundation',
      description: t(
        'Report child sexual abuse images or videos you find online, from anywhere. Only the link is needed, never the file. Content hosted in the UK is usually taken down within hours.',
        'Denuncia imágenes o videos de abuso sexual infantil que encuentres en internet, desde cualquier lugar. Solo hace falta el enlace, nunca el archivo. El contenido alojado en el Reino Unido suele quitarse en horas.',
      ),
      regions: ['GB'],
      audiences: ['child', 'teen', 'parent', 'educator', 'adult'],
      topics: ['csam'],
      channels: [
        {
          type: 'web',
          url: 'https://www.iwf.org.uk/report',
          label: t('Report a link', 'Denunciar un enlace'),
        },
      ],
      hours: { type: 'online' },
      anonymous: 'yes',
      contact: t(
        'Contact details are optional; leave them if you want to hear what happened. Content hosted abroad is passed to the hotline or police there.',
        'Los datos de contacto son opcionales; déjalos si quieres saber qué pasó. El contenido alojado en otro país se pasa a la línea o a la policía de allí.',
      ),
      sources: src('iwf.org.uk/faqs', 'crystaline.uk', 'saferinternet.org.uk'),
      verified: VERIFIED,
    },
    {
      id: 'esafety-report',
      kind: 'reporting-centre',
      name: 'eSafety Commissioner',
      description: t(
        'Report an intimate image shared or threatened (any age), serious cyberbullying of a child, adult cyber abuse or illegal content. eSafety can get content removed and act against the person.',
        'Denuncia una imagen íntima compartida o amenazada (a cualquier edad), ciberacoso grave a un menor, ciberabuso a adultos o contenido ilegal. eSafety puede hacer que se quite el contenido y actuar contra la persona.',
      ),
      regions: ['AU'],
      audiences: ['child', 'teen', 'parent', 'educator', 'adult'],
      topics: ['ncii', 'minor-images', 'sextortion', 'csam'],
      channels: [
        {
          type: 'web',
          url: 'https://www.esafety.gov.au/report',
          label: t('Report to eSafety', 'Denunciar ante eSafety'),
        },
      ],
      hours: { type: 'online' },
      anonymous: 'optional',
      contact: t(
        'Reports of image-based abuse can be anonymous. eSafety usually replies within about two business days. Collect evidence before you report.',
        'Las denuncias de abuso con imágenes pueden ser anónimas. eSafety suele responder en unos dos días hábiles. Reúne pruebas antes de denunciar.',
      ),
      sources: src(
        'esafety.gov.au/report/image-based-abuse',
        'esafety.gov.au/image-based-abuse/action/remove-images-video/report-to-us',
        'p2pqld.org.au/online-abuse',
        'thinkuknow.org.au',
      ),
      verified: VERIFIED,
    },
    {
      id: 'stopncii',
      kind: 'removal-tool',
      name: 'StopNCII.org',
      organisation: 'Revenge Porn Helpline (SWGfL)',
      description: t(
        'For adults (18+) whose intimate images were shared or threatened, deepfakes included. Partner platforms block copies. Images of someone under 18 go to Take It Down instead.',
        'Para adultos (18+) cuyas imágenes íntimas se compartieron o se amenazó con compartir, incluidos deepfakes. Las plataformas asociadas bloquean las copias. Las imágenes de menores de 18 van a Take It Down.',
      ),
      regions: ['INTL'],
      audiences: ['adult'],
      topics: ['ncii', 'sextortion'],
      channels: [
        { type: 'web', url: 'https://stopncii.org', label: t('Create a case', 'Crear un caso') },
      ],
      hours: { type: 'online' },
      anonymous: 'yes',
      contact: t(
        'The fingerprint (hash) is made on your device; the image is never uploaded. You get a case number and PIN that cannot be recovered: write them down.',
        'La huella (hash) se crea en tu dispositivo; la imagen nunca se sube. Recibes un número de caso y un PIN que no se pueden recuperar: anótalos.',
      ),
      sources: src('stopncii.org/faq', 'myteensworld.com', 'takeitdown.ncmec.org'),
      verified: VERIFIED,
    },
    {
      id: 'inhope',
      kind: 'reporting-centre',
      name: 'INHOPE',
      description: t(
        "The global network of national hotlines for reporting child sexual abuse material. Use its map to find your country's hotline. INHOPE itself takes no reports: send nothing to it.",
        'La red mundial de líneas nacionales para denunciar material de abuso sexual infantil. Usa su mapa para encontrar la línea de tu país. INHOPE no recibe denuncias: no le envíes nada.',
      ),
      regions: ['INTL'],
      audiences: ['child', 'teen', 'parent', 'educator', 'adult'],
      topics: ['csam'],
      channels: [
        {
          type: 'web',
          url: 'https://www.inhope.org',
          label: t("Find your country's hotline", 'Encontrar la línea de tu país'),
        },
      ],
      hours: { type: 'online' },
      anonymous: 'yes',
      contact: t(
        'Reports to member hotlines can be anonymous. Hotlines share reports with each other and with INTERPOL, so a report crosses borders.',
        'Las denuncias a las líneas miembro pueden ser anónimas. Las líneas comparten denuncias entre sí y con INTERPOL, así que una denuncia cruza fronteras.',
      ),
      sources: src('inhope.org/EN/articles/about-inhope', 'inhope.org', 'betterinternetforkids.eu'),
      verified: VERIFIED,
    },
  ],
  platforms: [
    ['facebook', 'Facebook', 'https://www.facebook.com/help', true],
    ['instagram', 'Instagram', 'https://help.instagram.com', true],
    ['whatsapp', 'WhatsApp', 'https://faq.whatsapp.com', false],
    ['x', 'X', 'https://help.x.com', false],
    ['tiktok', 'TikTok', 'https://support.tiktok.com', true],
    ['snapchat', 'Snapchat', 'https://help.snapchat.com', true],
    ['discord', 'Discord', 'https://discord.com/safety', false],
    ['youtube', 'YouTube', 'https://support.google.com/youtube', false],
    ['reddit', 'Reddit', 'https://www.reddit.com/report', true],
    ['roblox', 'Roblox', 'https://en.help.roblox.com', false],
    ['twitch', 'Twitch', 'https://safety.twitch.tv', false],
    ['telegram', 'Telegram', 'https://telegram.org/faq', false],
  ].map(([id, name, url, takeItDown]) => ({
    id: id as string,
    name: name as string,
    url: url as string,
    takeItDown: takeItDown as boolean,
  })),
  warningSigns: {
    groups: [
      {
        id: 'device-behaviour',
        audience: 'adult',
        title: t('Devices and time online', 'Dispositivos y tiempo en internet'),
        situation: 'adult-contact',
        signs: [
          {
            id: 'device-secrecy',
            text: t(
              'More secretive about their phone or computer',
              'Más secretismo con el teléfono o la computadora',
            ),
            why: t(
              'Someone grooming a child often asks them to hide the chat.',
              'Quien intenta captar a un menor suele pedirle que esconda el chat.',
            ),
          },
          {
            id: 'night-use',
            text: t('Much more time online at night', 'Mucho más tiempo en internet de noche'),
            why: t(
              'Contact at night is harder for adults to notice.',
              'El contacto de noche es más difícil de notar para los adultos.',
            ),
          },
          {
            id: 'wont-say-who',
            text: t(
              "Won't talk about who they talk to online",
              'No quiere hablar de con quién habla en internet',
            ),
            why: t(
              'They may have been told to keep it secret, or feel ashamed.',
              'Quizá le dijeron que lo guardara en secreto, o siente vergüenza.',
            ),
          },
        ],
      },
      {
        id: 'relationships',
        audience: 'adult',
        title: t('Friends and relationships', 'Amistades y relaciones'),
        situation: 'adult-contact',
        signs: [
          {
            id: 'online-friends',
            text: t(
              'Spends more time with online friends',
              'Pasa más tiempo con amistades de internet',
            ),
            why: t(
              'An abuser may try to become their closest friend.',
              'Un abusador puede intentar ser su amigo más cercano.',
            ),
          },
          {
            id: 'withdrawal',
            text: t(
              'Pulls away from friends and family',
              'Se aleja de sus amistades y de la familia',
            ),
            why: t(
              'Cutting a child off from others makes them easier to control.',
              'Aislar a un menor hace que sea más fácil controlarlo.',
            ),
          },
          {
            id: 'older-partner',
            text: t(
              'Has a relationship with someone much older',
              'Tiene una relación con alguien mucho mayor',
            ),
            why: t(
              'A big age gap is a common sign of grooming.',
              'Una gran diferencia de edad es una señal común de captación.',
            ),
          },
        ],
      },
      {
        id: 'physical-emotional',
        audience: 'adult',
        title: t('Changes in how they look and feel', 'Cambios en cómo se ven y se sienten'),
        situation: 'sextortion',
        signs: [
          {
            id: 'appearance-change',
            text: t('Sudden changes in how they look', 'Cambios repentinos en su aspecto'),
            why: t(
              'They may be changing to please someone.',
              'Quizá cambia para agradar a alguien.',
            ),
          },
          {
            id: 'gifts-money',
            text: t('Gifts or money you cannot explain', 'Regalos o dinero que no puedes explicar'),
            why: t(
              'Gifts are often used to build trust and a sense of owing something.',
              'Los regalos suelen usarse para ganar confianza y hacer sentir una deuda.',
            ),
          },
          {
            id: 'distress',
            text: t(
              'Upset, scared or anxious, especially after being online',
              'Triste, con miedo o ansiedad, sobre todo después de estar en internet',
            ),
            why: t(
              'Threats and blackmail cause deep fear, and fast.',
              'Las amenazas y el chantaje causan mucho miedo, y rápido.',
            ),
          },
          {
            id: 'mood-swings',
            text: t('Sudden mood changes', 'Cambios de humor repentinos'),
            why: t(
              'Something may be happening that they feel they cannot talk about.',
              'Quizá está pasando algo de lo que siente que no puede hablar.',
            ),
          },
          {
            id: 'new-way-of-talking',
            text: t(
              'Talks or writes in a new way, with words that are not theirs',
              'Habla o escribe de forma nueva, con palabras que no son suyas',
            ),
            why: t('They may be copying someone older.', 'Quizá copia a alguien mayor.'),
          },
        ],
      },
      {
        id: 'risk-factors',
        audience: 'adult',
        title: t('What raises the risk', 'Qué aumenta el riesgo'),
        signs: [
          {
            id: 'earlier-abuse',
            text: t('Has been abused before', 'Ha sufrido abuso antes'),
            why: t(
              'Abusers look for children who have been hurt before.',
              'Los abusadores buscan menores que ya han sido lastimados.',
            ),
          },
          {
            id: 'family-disruption',
            text: t('Big changes or trouble at home', 'Grandes cambios o problemas en casa'),
            why: t(
              'A child going through a hard time may look for support online.',
              'Un menor que pasa por un mal momento puede buscar apoyo en internet.',
            ),
          },
          {
            id: 'little-support',
            text: t('Has little emotional support', 'Tiene poco apoyo emocional'),
            why: t(
              'Someone who feels alone is easier to win over with attention.',
              'Quien se siente solo es más fácil de conquistar con atención.',
            ),
          },
          {
            id: 'communication-difficulty',
            text: t('Finds it hard to communicate', 'Le cuesta comunicarse'),
            why: t(
              'It can be harder for them to tell someone what is happening.',
              'Le puede costar más contar lo que pasa.',
            ),
          },
        ],
      },
      {
        id: 'chat-red-flags',
        audience: 'young',
        title: t('Red flags in a chat', 'Señales de alerta en un chat'),
        situation: 'adult-contact',
        signs: [
          {
            id: 'keep-secrets',
            text: t(
              'They ask you to keep your chats a secret',
              'Te pide que tus chats sean un secreto',
            ),
            why: t(
              'Safe people do not ask you to hide them from the adults in your life.',
              'Las personas seguras no te piden que las escondas de los adultos de tu vida.',
            ),
          },
          {
            id: 'private-app',
            text: t('They want to move to a private app', 'Quiere pasar a una aplicación privada'),
            why: t('So no one else can see what they say.', 'Para que nadie más vea lo que dice.'),
          },
          {
            id: 'gifts-offers',
            text: t(
              'They offer you gifts, game credit or money',
              'Te ofrece regalos, créditos de juegos o dinero',
            ),
            why: t(
              'It can make you feel you owe them something.',
              'Puede hacerte sentir que le debes algo.',
            ),
          },
          {
            id: 'asks-for-photos',
            text: t(
              'They ask for photos, especially nude or sexy ones',
              'Te pide fotos, sobre todo desnudas o sexis',
            ),
            why: t(
              'This is never OK from someone older, and it is not your fault.',
              'Esto nunca está bien de alguien mayor, y no es tu culpa.',
            ),
          },
          {
            id: 'pressure-threats',
            text: t('They pressure you or threaten you', 'Te presiona o te amenaza'),
            why: t(
              'Threats to share images are a crime called sextortion.',
              'Amenazar con compartir imágenes es un delito llamado sextorsión.',
            ),
          },
          {
            id: 'youll-get-in-trouble',
            text: t(
              'They say you will get in trouble if you tell',
              'Te dice que te meterás en problemas si lo cuentas',
            ),
            why: t(
              'That is a lie to keep you quiet. You are not in trouble.',
              'Es una mentira para que te calles. No estás en problemas.',
            ),
          },
        ],
      },
    ],
    whatToDo: {
      adult: [
        t(
          'Stay calm. Your calm helps them keep talking.',
          'Mantén la calma. Tu calma les ayuda a seguir hablando.',
        ),
        t(
          'Listen without blame. It is never the child’s fault.',
          'Escucha sin culpar. Nunca es culpa del menor.',
        ),
        t(
          'Do not confront the other person, and do not delete anything.',
          'No confrontes a la otra persona y no borres nada.',
        ),
        t(
          'Keep evidence safely: write down usernames, links, dates and times. Never save, screenshot or forward sexual images of a child.',
          'Guarda las pruebas con cuidado: anota nombres de usuario, enlaces, fechas y horas. Nunca guardes, captures ni reenvíes imágenes sexuales de un menor.',
        ),
        t(
          'Report it, and get support for them and for you.',
          'Denúncialo y busca apoyo para el menor y para ti.',
        ),
      ],
      young: [
        t(
          'It is not your fault, and you are not in trouble.',
          'No es tu culpa y no estás en problemas.',
        ),
        t(
          'Stop replying. Do not send anything, and do not pay.',
          'Deja de responder. No envíes nada y no pagues.',
        ),
        t(
          'Do not delete the chat or your account: it can help stop them.',
          'No borres el chat ni tu cuenta: puede ayudar a detenerle.',
        ),
        t(
          'Tell an adult you trust, or contact a helpline below.',
          'Cuéntaselo a un adulto de confianza o contacta una línea de ayuda.',
        ),
      ],
    },
  },
  guide: {
    steps: [
      {
        id: 'recognise',
        title: t('Understand what is happening', 'Entiende lo que pasa'),
        summary: t('Knowing what this is helps you act.', 'Saber qué es te ayuda a actuar.'),
      },
      {
        id: 'evidence',
        title: t('Keep evidence safely', 'Guarda las pruebas con cuidado'),
        summary: t(
          'Write down where it is, without copying images.',
          'Anota dónde está, sin copiar imágenes.',
        ),
      },
      {
        id: 'platform',
        title: t('Report it to the site or app', 'Denúncialo al sitio o la aplicación'),
        summary: t(
          'Use the report button where it happened.',
          'Usa el botón de denuncia donde pasó.',
        ),
      },
      {
        id: 'official',
        title: t(
          'Report to a hotline or the police',
          'Denuncia ante una línea oficial o la policía',
        ),
        summary: t(
          'They can remove content and stop the person.',
          'Pueden quitar el contenido y detener a la persona.',
        ),
      },
      {
        id: 'support',
        title: t('Get support', 'Busca apoyo'),
        summary: t(
          'You do not have to deal with this alone.',
          'No tienes que enfrentar esto solo.',
        ),
      },
    ],
    situations: [
      {
        id: 'sextortion',
        title: t(
          'Someone is threatening to share sexual images unless I pay or send more',
          'Alguien amenaza con compartir imágenes sexuales si no pago o envío más',
        ),
        recognise: t(
          'This is sextortion, a crime. The person threatening you is to blame, not you. Help is available and it can be stopped.',
          'Esto es sextorsión, un delito. La culpa es de quien te amenaza, no tuya. Hay ayuda y se puede detener.',
        ),
        minorImages: true,
        keep: [
          t(
            'Usernames and profile links of the person',
            'Nombres de usuario y enlaces al perfil de la persona',
          ),
          t(
            'The messages and threats, and the dates and times',
            'Los mensajes y amenazas, con fechas y horas',
          ),
          t('Any payment details they asked for', 'Los datos de pago que te pidieron'),
        ],
        never: [
          t(
            'Do not pay. Paying rarely stops it, and they often ask for more.',
            'No pagues. Pagar casi nunca lo detiene y suelen pedir más.',
          ),
          t(
            'Stop replying, and do not send anything more.',
            'Deja de responder y no envíes nada más.',
          ),
          t(
            'Do not delete your account or the messages: they are evidence.',
            'No borres tu cuenta ni los mensajes: son pruebas.',
          ),
          t(
            'If you are under 18, do not screenshot, save or forward the images, even to report them.',
            'Si tienes menos de 18, no captures, guardes ni reenvíes las imágenes, ni siquiera para denunciarlas.',
          ),
        ],
        platformCategory: t(
          'Threats or blackmail (sextortion)',
          'Amenazas o chantaje (sextorsión)',
        ),
        report: { 'under-18': ['minor-images', 'sextortion'], adult: ['sextortion', 'ncii'] },
        support: {
          'under-18': ['youth-support', 'sexual-assault', 'worried-adult'],
          adult: ['sexual-assault'],
        },
      },
      {
        id: 'minor-images',
        title: t(
          'Nude or sexual images of someone under 18 are being shared',
          'Se comparten imágenes desnudas o sexuales de alguien menor de 18',
        ),
        recognise: t(
          'Sharing sexual images of anyone under 18 is a crime, even if they took the picture. The person whose image it is is not in trouble for reporting it.',
          'Compartir imágenes sexuales de cualquier menor de 18 es un delito, aunque la haya tomado esa persona. Quien aparece en la imagen no se mete en problemas por denunciarlo.',
        ),
        minorImages: true,
        keep: [
          t(
            'Where it is: the link (URL), the site or app, and the username that shared it',
            'Dónde está: el enlace (URL), el sitio o aplicación y el usuario que la compartió',
          ),
          t('The date and time you saw it', 'La fecha y hora en que la viste'),
        ],
        never: [
          t(
            'Do not download, screenshot, forward or share the images, even to report them. Doing so is itself a crime.',
            'No descargues, captures, reenvíes ni compartas las imágenes, ni siquiera para denunciarlas. Hacerlo también es un delito.',
          ),
          t(
            'Do not send the image to any hotline or the police: they only need the link.',
            'No envíes la imagen a ninguna línea ni a la policía: solo necesitan el enlace.',
          ),
        ],
        platformCategory: t(
          'Nudity or sexual content involving a minor',
          'Desnudos o contenido sexual con un menor',
        ),
        report: { 'under-18': ['minor-images'], adult: ['minor-images', 'csam'] },
        support: {
          'under-18': ['youth-support', 'worried-adult'],
          adult: ['worried-adult', 'sexual-assault'],
        },
      },
      {
        id: 'ncii',
        title: t(
          'Intimate images of an adult were shared without consent',
          'Se compartieron imágenes íntimas de un adulto sin consentimiento',
        ),
        recognise: t(
          'Sharing or threatening to share intimate images without consent is abuse, and in many places a crime. It is not your fault, even if you took or sent the picture.',
          'Compartir o amenazar con compartir imágenes íntimas sin consentimiento es abuso, y en muchos lugares un delito. No es tu culpa, aunque tú tomaras o enviaras la foto.',
        ),
        keep: [
          t(
            'Links to every place the images appear',
            'Enlaces a cada lugar donde aparecen las imágenes',
          ),
          t(
            'Usernames and profiles of whoever shared them',
            'Usuarios y perfiles de quien las compartió',
          ),
          t('Messages or threats, with dates and times', 'Mensajes o amenazas, con fechas y horas'),
        ],
        never: [
          t(
            'Do not contact or confront the person who shared them.',
            'No contactes ni confrontes a quien las compartió.',
          ),
          t(
            'Do not delete messages or accounts: they are evidence.',
            'No borres mensajes ni cuentas: son pruebas.',
          ),
        ],
        platformCategory: t('Sharing private images', 'Compartir imágenes privadas'),
        report: { 'under-18': ['minor-images'], adult: ['ncii'] },
        support: { 'under-18': ['youth-support', 'worried-adult'], adult: ['sexual-assault'] },
      },
      {
        id: 'csam-found',
        title: t(
          'I found child sexual abuse material online',
          'Encontré material de abuso sexual infantil en internet',
        ),
        recognise: t(
          'You did the right thing by wanting to report it. Reporting the link helps get it removed and can help find the child.',
          'Hiciste bien en querer denunciarlo. Denunciar el enlace ayuda a quitarlo y puede ayudar a encontrar al menor.',
        ),
        minorImages: true,
        keep: [
          t('The link (URL) of the page', 'El enlace (URL) de la página'),
          t(
            'The site or app and the username that posted it, if you can see them',
            'El sitio o aplicación y el usuario que lo publicó, si los ves',
          ),
          t('The date and time you found it', 'La fecha y hora en que lo encontraste'),
        ],
        never: [
          t(
            'Do not download, screenshot, forward or share it, even to report it. Doing so is a crime.',
            'No lo descargues, captures, reenvíes ni compartas, ni siquiera para denunciarlo. Hacerlo es un delito.',
          ),
          t(
            'Do not attach or email the file to anyone. Hotlines only need the link.',
            'No adjuntes ni envíes el archivo a nadie. Las líneas solo necesitan el enlace.',
          ),
          t('Do not go looking for more.', 'No busques más.'),
        ],
        platformCategory: t('Child sexual exploitation', 'Explotación sexual infantil'),
        report: { 'under-18': ['csam'], adult: ['csam'] },
        support: { 'under-18': ['youth-support'], adult: ['worried-adult'] },
      },
      {
        id: 'adult-contact',
        title: t(
          'An adult is seeking sexual contact with a child',
          'Un adulto busca contacto sexual con un menor',
        ),
        recognise: t(
          'An adult who talks to a child about sex, asks for pictures or asks to meet is grooming them. That is a crime, and it is never the child’s fault.',
          'Un adulto que habla de sexo con un menor, le pide fotos o quiere quedar está intentando captarlo. Es un delito, y nunca es culpa del menor.',
        ),
        minorImages: true,
        keep: [
          t(
            'The adult’s usernames and profile links',
            'Los usuarios y enlaces al perfil del adulto',
          ),
          t('The messages, with dates and times', 'Los mensajes, con fechas y horas'),
          t('Any plans to meet: where and when', 'Cualquier plan para verse: dónde y cuándo'),
        ],
        never: [
          t('Do not confront the adult or warn them.', 'No confrontes ni avises al adulto.'),
          t('Do not delete the chat or the account.', 'No borres el chat ni la cuenta.'),
          t(
            'If images were sent, do not screenshot, save or forward them. Write down where they are instead.',
            'Si se enviaron imágenes, no las captures, guardes ni reenvíes. Anota dónde están.',
          ),
        ],
        platformCategory: t('Child sexual exploitation', 'Explotación sexual infantil'),
        report: { 'under-18': ['enticement'], adult: ['enticement'] },
        support: { 'under-18': ['youth-support', 'worried-adult'], adult: ['worried-adult'] },
      },
      {
        id: 'trafficking',
        title: t(
          'Someone is being forced or sold into sex',
          'Alguien es obligado o vendido para sexo',
        ),
        recognise: t(
          'Forcing, tricking or selling someone for sex is trafficking. It is a serious crime, and the person being exploited is not to blame.',
          'Obligar, engañar o vender a alguien para sexo es trata. Es un delito grave, y la persona explotada no tiene la culpa.',
        ),
        keep: [
          t('Links to any ads or profiles', 'Enlaces a anuncios o perfiles'),
          t(
            'Names, usernames, phone numbers and places mentioned',
            'Nombres, usuarios, teléfonos y lugares mencionados',
          ),
          t('Dates and times', 'Fechas y horas'),
        ],
        never: [
          t(
            'Do not share ads or content you find, especially if a minor is involved.',
            'No compartas anuncios ni contenido que encuentres, sobre todo si hay un menor.',
          ),
          t(
            'Do not try to rescue someone yourself. Call the emergency number if anyone is in danger.',
            'No intentes rescatar a nadie tú solo. Llama al número de emergencia si alguien está en peligro.',
          ),
        ],
        platformCategory: t(
          'Human trafficking or sexual exploitation',
          'Trata de personas o explotación sexual',
        ),
        report: { 'under-18': ['trafficking', 'csam'], adult: ['trafficking'] },
        support: {
          'under-18': ['trafficking', 'youth-support'],
          adult: ['trafficking', 'sexual-assault'],
        },
      },
      {
        id: 'worried',
        title: t(
          'Something else, or I am worried about someone',
          'Otra cosa, o me preocupa alguien',
        ),
        recognise: t(
          'You do not need to be sure something is wrong to ask for help. Talking it through is a good first step.',
          'No necesitas estar seguro de que algo va mal para pedir ayuda. Hablarlo es un buen primer paso.',
        ),
        keep: [
          t(
            'Notes of what you saw or heard, with dates and times',
            'Notas de lo que viste u oíste, con fechas y horas',
          ),
          t('Usernames and links', 'Usuarios y enlaces'),
        ],
        never: [
          t(
            'Do not confront anyone you are worried about.',
            'No confrontes a nadie que te preocupe.',
          ),
          t(
            'Do not take someone’s phone or accounts without asking them.',
            'No tomes el teléfono ni las cuentas de nadie sin pedir permiso.',
          ),
        ],
        report: { 'under-18': ['csam', 'enticement'], adult: ['sextortion', 'ncii'] },
        support: {
          'under-18': ['youth-support', 'worried-adult', 'sexual-assault'],
          adult: ['sexual-assault', 'worried-adult'],
        },
      },
    ],
    faq: [
      {
        id: 'anonymous',
        question: t('Can I report without giving my name?', '¿Puedo denunciar sin dar mi nombre?'),
        answer: t(
          'Often, yes. The CyberTipline, FBI tips, the Internet Watch Foundation, Cybertip.ca and INHOPE hotlines can take reports without your name. Some police services, like the UK’s CEOP, cannot.',
          'Muchas veces, sí. El CyberTipline, los avisos al FBI, la Internet Watch Foundation, Cybertip.ca y las líneas de INHOPE aceptan denuncias sin tu nombre. Algunos servicios policiales, como CEOP en el Reino Unido, no.',
        ),
      },
      {
        id: 'how-long',
        question: t('How long do platforms take?', '¿Cuánto tardan las plataformas?'),
        answer: t(
          'From a day to a few weeks. Urgent safety reports are dealt with first. A hotline can often get content removed faster.',
          'Desde un día hasta unas semanas. Las denuncias urgentes de seguridad van primero. Una línea oficial muchas veces consigue que se quite más rápido.',
        ),
      },
      {
        id: 'other-country',
        question: t(
          'What if the person is in another country?',
          '¿Y si la persona está en otro país?',
        ),
        answer: t(
          'Report where you are. National hotlines, NCMEC and INTERPOL pass reports to each other across borders.',
          'Denuncia donde estás. Las líneas nacionales, el NCMEC e INTERPOL se pasan las denuncias entre países.',
        ),
      },
      {
        id: 'age-limit',
        question: t('Is there an age limit to report?', '¿Hay una edad mínima para denunciar?'),
        answer: t(
          'No. Anyone can report, and a young person can report about themselves.',
          'No. Cualquiera puede denunciar, y un joven puede denunciar lo que le pasa a sí mismo.',
        ),
      },
      {
        id: 'deleted-content',
        question: t(
          'Can deleted messages still be evidence?',
          '¿Los mensajes borrados pueden ser pruebas?',
        ),
        answer: t(
          'Often, yes. Investigators and the platforms can often recover deleted content. Still, do not delete anything yourself.',
          'Muchas veces, sí. Los investigadores y las plataformas a menudo pueden recuperar lo borrado. Aun así, no borres nada tú.',
        ),
      },
    ],
  },
  strings: {},
};
