/**
 * The elements' own words. A manifest's `strings` overrides any of them by locale and key; `{name}` marks a
 * value filled in at run time.
 */
export const en = Object.freeze({
  'hotline.heading': 'Get help now',
  'emergency.lead': 'In immediate danger? Call',
  'emergency.or': 'or',
  'emergency.none': 'In immediate danger? Call your local emergency number.',
  loading: 'Loading help…',
  'notice.fallback':
    "This site's list of services could not be loaded, so we are showing our standard list.",
  'filters.legend': 'Show services',
  'filters.region': 'Country or region',
  'filters.audience': 'For',
  'filters.topic': 'About',
  'filters.channel': 'Contact by',
  'filters.any': 'Any',
  'filters.clear': 'Clear filters',
  'filters.toggle': 'Filter',
  'filters.active.one': 'Filter · {count} active',
  'filters.active.other': 'Filter · {count} active',
  'count.one': '{count} service shown',
  'count.other': '{count} services shown',
  'count.some': 'Showing {shown} of {count} services',
  'more.button': 'Show more services',
  empty: 'No services match these filters.',
  'empty.intl': 'These services work everywhere:',
  'channel.phone': 'Call {display}',
  'channel.tty': 'TTY {display}',
  'channel.text': 'Text {display}',
  'channel.text.body': 'Text {body} to {display}',
  'channel.chat': 'Chat online',
  'channel.web': 'Visit website',
  'channel.email': 'Email {display}',
  copy: 'Copy',
  'more-ways': 'More ways to reach them ({count})',
  'copy.label': 'Copy number {display}',
  copied: 'Copied {display}',
  'copy.failed': 'Could not copy. The number is {display}',
  'hours.always': 'Open 24/7',
  'hours.online': 'Online, any time',
  'hours.unknown': 'Opening hours not listed here',
  'hours.open': 'Open now, until {time}',
  'hours.closed': 'Closed now. Opens {time}',
  'hours.closed.never': 'Closed now',
  'anonymous.yes': 'You can stay anonymous',
  'anonymous.no': 'Not anonymous: they will ask for your name',
  'anonymous.optional': 'Giving your name is optional',
  confidential: 'Confidential',
  languages: 'Languages: {list}',
  'what-happens': 'What happens when you contact them',
  /** The colon after a label: French puts a no-break space before it. */
  colon: ':',
  source: 'Source',
  verified: 'checked {date}',
  unverified: 'not recently checked',
  stale: 'may be out of date',
  'kind.reporting-centre': 'Reporting centre',
  'kind.law-enforcement': 'Police',
  'kind.helpline': 'Helpline',
  'kind.removal-tool': 'Removal tool',
  'kind.platform-help': 'Platform help',
  'kind.local': 'Local help',
  'kind.note.removal-tool': 'not a police report',
  'kind.note.law-enforcement': 'a report to the police',
  'audience.child': 'Children',
  'audience.teen': 'Teens',
  'audience.parent': 'Parents and carers',
  'audience.educator': 'Teachers and staff',
  'audience.adult': 'Adults (18+)',
  'topic.csam': 'Child sexual abuse material',
  'topic.minor-images': 'Nude images of someone under 18',
  'topic.sextortion': 'Sextortion (threats to share images)',
  'topic.enticement': 'An adult seeking contact with a child',
  'topic.ncii': 'Intimate images shared without consent',
  'topic.trafficking': 'Trafficking',
  'topic.sexual-assault': 'Sexual assault and abuse',
  'topic.youth-support': 'Support for young people',
  'topic.worried-adult': 'Adults worried about a child',
  'topic.military': 'Military community',
  'topic.crisis': 'Crisis and suicide',
  'topic.child-protection': 'Reporting abuse of a child',
  'channeltype.phone': 'Phone',
  'channeltype.text': 'Text message',
  'channeltype.chat': 'Chat',
  'channeltype.web': 'Website',
  'channeltype.email': 'Email',
  'region.INTL': 'Anywhere (international)',
  'report.heading': 'Report it and get help',
  'report.button': 'Report / get help',
  'report.close': 'Close',
  'report.progress': 'Progress',
  'report.step-of': 'Step {current} of {total}',
  'report.step.announce': 'Step {current} of {total}: {title}',
  'report.start.heading': 'What is happening?',
  'report.start.intro':
    'Answer three questions to get a plan. Nothing you choose here is saved or sent.',
  'report.situation': 'Choose what fits best',
  'report.age': 'Who is it happening to?',
  'age.under-18.self': 'Me, and I am under 18',
  'age.adult.self': 'Me, and I am 18 or over',
  'age.under-18.helping': 'Someone under 18 I am helping',
  'age.adult.helping': 'An adult I am helping',
  'report.country': 'Country',
  'report.platform': 'Where did it happen? (optional)',
  'report.platform.none': 'I don’t know, or somewhere else',
  'report.platform.site': 'On this site',
  'report.text-first': 'I can’t talk safely right now: show text and chat first',
  'report.missing': 'Please choose what is happening and who it is happening to.',
  'report.urgent': 'Do this first',
  'report.show-plan': 'Show my plan',
  'report.next': 'Next',
  'report.back': 'Back',
  'report.restart': 'Start over',
  'evidence.keep': 'Keep a record of:',
  'evidence.never': 'Do not:',
  'never.capture':
    'Do not download, screenshot, save or forward sexual images of anyone under 18, even to report them. Write down where they are instead.',
  'card.never-capture':
    'Do not download, screenshot, save or send the images to report them here. Give only where they are: the link, username and time.',
  'card.never-capture.talk':
    'Do not download, screenshot, save or send them the images. You can tell them what happened without the images.',
  'notes.heading': 'My notes',
  'notes.intro':
    'Optional. Your notes stay on this page only. They are never saved or sent, and they are wiped when you leave or exit.',
  'notes.where': 'Where (link, site or app)',
  'notes.who': 'Who (usernames or profile links)',
  'notes.when': 'When (dates and times)',
  'platform.site': 'Report it to this site',
  'platform.site.context': 'Report {context} to this site',
  'platform.open': 'Go to {name} help',
  'platform.category': 'In the report menu, look for the option about {category}.',
  'platform.generic': 'Use the report button or menu where it happened.',
  'platform.unverified': 'This link was not recently checked.',
  'platform.what-happens':
    'The site’s moderators or safety team read your report. It can take from a day to a few weeks; urgent safety reports come first.',
  'platform.take-it-down':
    '{name} takes part in Take It Down, which can stop images of under-18s being shared there.',
  'official.intro': 'Where to report it, and what each place does with a report.',
  'official.police': 'Police',
  'official.police.about': 'A report here goes to the police.',
  'official.police.call':
    'To report it to the police, call {nonEmergency} when it is not an emergency. If anyone is in danger now, call {emergency}.',
  'official.police.call.emergency':
    'To report it to the police: if anyone is in danger now, call {emergency}. Otherwise, contact your local police.',
  'official.police.none':
    'Report it to the police: call the emergency number if anyone is in danger now, or contact your local police.',
  'official.centres': 'Reporting centres',
  'official.centres.about': 'They take reports. Each one says below who it passes reports to.',
  'official.tools': 'Getting images taken down',
  'official.tools.about':
    'These tools help get images taken down. Using one is not a police report.',
  'official.cross-border':
    'No service in your country is listed here. Report where you are: national hotlines, NCMEC and INTERPOL pass reports to each other across borders.',
  'support.intro': 'You do not have to deal with this alone. These services listen and help.',
  'support.none': 'Talk to an adult you trust. If anyone is in danger, call the emergency number.',
  'support.now':
    'If you need someone right now and no line here is open, talk to an adult you trust. If anyone is in danger, call {numbers}.',
  'summary.heading': 'Take it with you',
  'summary.intro':
    'A plain-text copy of your plan. It has no personal details unless you include your notes.',
  'summary.include-notes': 'Include my notes',
  'summary.label': 'Your plan',
  'summary.copy': 'Copy the plan',
  'summary.print': 'Print',
  'summary.copied': 'Plan copied',
  'summary.copy-failed': 'Could not copy. Select the text and copy it.',
  'summary.title': 'Help plan: {situation}',
  'summary.country': 'Country: {country}',
  'summary.emergency': 'In immediate danger: call {numbers}',
  'faq.heading': 'Questions',
  'exit.button': 'Exit this page',
  'exit.region': 'Quick exit',
  'exit.note':
    'Or press Shift 3 times. This does not clear your browser history: to leave no history, use a private or incognito window.',
  'exit.remaining.one': 'Shift, press {count} more time to exit.',
  'exit.remaining.other': 'Shift, press {count} more times to exit.',
  'exit.expired': 'Exit this page cancelled.',
  'signs.heading.adult': 'Signs that something may be wrong',
  'signs.heading.young': 'Is something wrong in a chat?',
  'signs.intro.adult':
    'These signs do not prove abuse, but they are worth taking seriously. Open a group to read why each one matters.',
  'signs.intro.young':
    'If someone online does any of these things, it is not your fault and you are not in trouble. You can tell someone, and here is how.',
  'signs.expand': 'Expand all',
  'signs.collapse': 'Collapse all',
  'signs.checklist':
    'Tick what you have noticed. Nothing you tick is saved or sent, and it is cleared when you leave.',
  'signs.ticked.none': 'No signs ticked',
  'signs.ticked.one': '{count} sign ticked',
  'signs.ticked.other': '{count} signs ticked',
  'signs.tailored': 'You ticked signs in: {groups}.',
  'signs.clear': 'Clear my ticks',
  'signs.why': 'Why it matters:',
  'signs.now.adult': 'What to do now',
  'signs.now.young': 'What you can do',
  'signs.next': 'What to do next',
  'signs.next.report': 'Get a step-by-step plan',
  'signs.helplines': 'Talk to someone',
  'signs.urgent.heading': 'If someone is threatening you right now',
  'signs.urgent.action': 'See what to do, step by step',
});

export type StringKey = keyof typeof en;
export type Strings = Record<StringKey, string>;

export const es: Strings = Object.freeze({
  'hotline.heading': 'Consigue ayuda ahora',
  'emergency.lead': '¿Peligro inmediato? Llama al',
  'emergency.or': 'o al',
  'emergency.none': '¿Peligro inmediato? Llama al número de emergencias de tu país.',
  loading: 'Cargando la ayuda…',
  'notice.fallback':
    'No se pudo cargar la lista de servicios de este sitio, así que mostramos nuestra lista general.',
  'filters.legend': 'Mostrar servicios',
  'filters.region': 'País o región',
  'filters.audience': 'Para',
  'filters.topic': 'Sobre',
  'filters.channel': 'Contacto por',
  'filters.any': 'Cualquiera',
  'filters.clear': 'Quitar filtros',
  'filters.toggle': 'Filtrar',
  'filters.active.one': 'Filtrar · {count} activo',
  'filters.active.other': 'Filtrar · {count} activos',
  'count.one': 'Se muestra {count} servicio',
  'count.other': 'Se muestran {count} servicios',
  'count.some': 'Se muestran {shown} de {count} servicios',
  'more.button': 'Mostrar más servicios',
  empty: 'Ningún servicio coincide con estos filtros.',
  'empty.intl': 'Estos servicios funcionan en todas partes:',
  'channel.phone': 'Llamar al {display}',
  'channel.tty': 'TTY {display}',
  'channel.text': 'Mensaje al {display}',
  'channel.text.body': 'Envía {body} al {display}',
  'channel.chat': 'Chatear en línea',
  'channel.web': 'Ir al sitio web',
  'channel.email': 'Escribir a {display}',
  copy: 'Copiar',
  'more-ways': 'Más formas de contactarlos ({count})',
  'copy.label': 'Copiar número {display}',
  copied: 'Copiado: {display}',
  'copy.failed': 'No se pudo copiar. El número es {display}',
  'hours.always': 'Abierto 24/7',
  'hours.online': 'En línea, a cualquier hora',
  'hours.unknown': 'Horario no indicado aquí',
  'hours.open': 'Abierto ahora, hasta las {time}',
  'hours.closed': 'Cerrado ahora. Abre {time}',
  'hours.closed.never': 'Cerrado ahora',
  'anonymous.yes': 'Puedes ser anónimo',
  'anonymous.no': 'No es anónimo: te pedirán tu nombre',
  'anonymous.optional': 'Dar tu nombre es opcional',
  confidential: 'Confidencial',
  languages: 'Idiomas: {list}',
  'what-happens': 'Qué pasa cuando los contactas',
  colon: ':',
  source: 'Fuente',
  verified: 'revisado el {date}',
  unverified: 'sin revisión reciente',
  stale: 'puede estar desactualizado',
  'kind.reporting-centre': 'Centro de denuncias',
  'kind.law-enforcement': 'Policía',
  'kind.helpline': 'Línea de ayuda',
  'kind.removal-tool': 'Herramienta para quitar imágenes',
  'kind.platform-help': 'Ayuda de la plataforma',
  'kind.local': 'Ayuda local',
  'kind.note.removal-tool': 'no es una denuncia a la policía',
  'kind.note.law-enforcement': 'una denuncia a la policía',
  'audience.child': 'Niños y niñas',
  'audience.teen': 'Adolescentes',
  'audience.parent': 'Madres, padres y cuidadores',
  'audience.educator': 'Docentes y personal escolar',
  'audience.adult': 'Adultos (18+)',
  'topic.csam': 'Material de abuso sexual infantil',
  'topic.minor-images': 'Imágenes desnudas de un menor de 18',
  'topic.sextortion': 'Sextorsión (amenazas con imágenes)',
  'topic.enticement': 'Un adulto que busca contacto con un menor',
  'topic.ncii': 'Imágenes íntimas compartidas sin consentimiento',
  'topic.trafficking': 'Trata de personas',
  'topic.sexual-assault': 'Agresión y abuso sexual',
  'topic.youth-support': 'Apoyo para jóvenes',
  'topic.worried-adult': 'Adultos preocupados por un menor',
  'topic.military': 'Comunidad militar',
  'topic.crisis': 'Crisis y suicidio',
  'topic.child-protection': 'Reportar el abuso de un menor',
  'channeltype.phone': 'Teléfono',
  'channeltype.text': 'Mensaje de texto',
  'channeltype.chat': 'Chat',
  'channeltype.web': 'Sitio web',
  'channeltype.email': 'Correo',
  'region.INTL': 'Cualquier lugar (internacional)',
  'report.heading': 'Denuncia y busca ayuda',
  'report.button': 'Denunciar / pedir ayuda',
  'report.close': 'Cerrar',
  'report.progress': 'Progreso',
  'report.step-of': 'Paso {current} de {total}',
  'report.step.announce': 'Paso {current} de {total}: {title}',
  'report.start.heading': '¿Qué está pasando?',
  'report.start.intro':
    'Responde tres preguntas para tener un plan. Nada de lo que elijas aquí se guarda ni se envía.',
  'report.situation': 'Elige lo que más se parezca',
  'report.age': '¿A quién le pasa?',
  'age.under-18.self': 'A mí, y tengo menos de 18',
  'age.adult.self': 'A mí, y tengo 18 o más',
  'age.under-18.helping': 'A alguien menor de 18 a quien ayudo',
  'age.adult.helping': 'A un adulto a quien ayudo',
  'report.country': 'País',
  'report.platform': '¿Dónde pasó? (opcional)',
  'report.platform.none': 'No lo sé, u otro sitio',
  'report.platform.site': 'En este sitio',
  'report.text-first': 'Ahora no puedo hablar con seguridad: mostrar primero mensajes y chat',
  'report.missing': 'Elige qué está pasando y a quién le pasa.',
  'report.urgent': 'Haz esto primero',
  'report.show-plan': 'Ver mi plan',
  'report.next': 'Siguiente',
  'report.back': 'Atrás',
  'report.restart': 'Empezar de nuevo',
  'evidence.keep': 'Anota y lleva un registro de:',
  'evidence.never': 'No hagas esto:',
  'never.capture':
    'No descargues, captures, guardes ni reenvíes imágenes sexuales de ningún menor de 18, ni siquiera para reportarlas. Mejor anota dónde están.',
  'card.never-capture':
    'No descargues, captures, guardes ni envíes las imágenes para reportarlas aquí. Da solo dónde están: el enlace, el usuario y la hora.',
  'card.never-capture.talk':
    'No descargues, captures, guardes ni les envíes las imágenes. Puedes contarles lo que pasó sin las imágenes.',
  'notes.heading': 'Mis notas',
  'notes.intro':
    'Opcional. Tus notas se quedan solo en esta página. Nunca se guardan ni se envían, y se borran cuando sales.',
  'notes.where': 'Dónde (enlace, sitio o aplicación)',
  'notes.who': 'Quién (usuarios o enlaces a perfiles)',
  'notes.when': 'Cuándo (fechas y horas)',
  'platform.site': 'Denunciarlo a este sitio',
  'platform.site.context': 'Denunciar {context} a este sitio',
  'platform.open': 'Ir a la ayuda de {name}',
  'platform.category': 'En el menú de reporte, busca la opción sobre {category}.',
  'platform.generic': 'Usa el botón o menú de denuncia donde pasó.',
  'platform.unverified': 'Este enlace no se ha revisado recientemente.',
  'platform.what-happens':
    'Los moderadores o el equipo de seguridad del sitio leen tu denuncia. Puede tardar desde un día hasta unas semanas; lo urgente va primero.',
  'platform.take-it-down':
    '{name} participa en Take It Down, que puede frenar la difusión allí de imágenes de menores de 18.',
  'official.intro': 'Dónde reportarlo, y qué hace cada lugar con un reporte.',
  'official.police': 'Policía',
  'official.police.about': 'Lo que reportas aquí llega a la policía.',
  'official.police.call':
    'Para denunciarlo a la policía, llama al {nonEmergency} si no es una emergencia. Si alguien está en peligro ahora, llama al {emergency}.',
  'official.police.call.emergency':
    'Para denunciarlo a la policía: si alguien está en peligro ahora, llama al {emergency}. Si no, contacta a tu policía local.',
  'official.police.none':
    'Denúncialo a la policía: llama al número de emergencias si alguien está en peligro ahora, o contacta a tu policía local.',
  'official.centres': 'Centros de reportes',
  'official.centres.about': 'Reciben reportes. Cada uno dice abajo a quién se los pasa.',
  'official.tools': 'Para que quiten las imágenes',
  'official.tools.about':
    'Estas herramientas ayudan a que quiten las imágenes. Usarlas no es una denuncia a la policía.',
  'official.cross-border':
    'Aquí no aparece ningún servicio de tu país. Denuncia donde estás: las líneas nacionales, el NCMEC e INTERPOL se pasan las denuncias entre países.',
  'support.intro': 'No tienes que enfrentar esto solo. Estos servicios escuchan y ayudan.',
  'support.none':
    'Habla con un adulto de confianza. Si alguien está en peligro, llama al número de emergencias.',
  'support.now':
    'Si necesitas a alguien ahora mismo y ninguna línea de aquí está abierta, habla con un adulto de confianza. Si alguien está en peligro, llama al {numbers}.',
  'summary.heading': 'Llévatelo',
  'summary.intro':
    'Una copia en texto de tu plan. No tiene datos personales salvo que incluyas tus notas.',
  'summary.include-notes': 'Incluir mis notas',
  'summary.label': 'Tu plan',
  'summary.copy': 'Copiar el plan',
  'summary.print': 'Imprimir',
  'summary.copied': 'Plan copiado',
  'summary.copy-failed': 'No se pudo copiar. Selecciona el texto y cópialo.',
  'summary.title': 'Plan de ayuda: {situation}',
  'summary.country': 'País: {country}',
  'summary.emergency': 'En peligro inmediato: llama al {numbers}',
  'faq.heading': 'Preguntas',
  'exit.button': 'Salir de esta página',
  'exit.region': 'Salida rápida',
  'exit.note':
    'O pulsa Mayús 3 veces. Esto no borra tu historial: para no dejar historial, usa una ventana privada o de incógnito.',
  'exit.remaining.one': 'Mayús, pulsa {count} vez más para salir.',
  'exit.remaining.other': 'Mayús, pulsa {count} veces más para salir.',
  'exit.expired': 'Salida cancelada.',
  'signs.heading.adult': 'Señales de que algo puede ir mal',
  'signs.heading.young': '¿Algo va mal en un chat?',
  'signs.intro.adult':
    'Estas señales no prueban un abuso, pero hay que tomarlas en serio. Abre un grupo para leer por qué importa cada una.',
  'signs.intro.young':
    'Si alguien en internet hace alguna de estas cosas, no es tu culpa y no estás en problemas. Puedes contárselo a alguien; aquí te decimos cómo.',
  'signs.expand': 'Abrir todo',
  'signs.collapse': 'Cerrar todo',
  'signs.checklist':
    'Marca lo que has notado. Nada de lo que marques se guarda ni se envía, y se borra al salir.',
  'signs.ticked.none': 'Ninguna señal marcada',
  'signs.ticked.one': '{count} señal marcada',
  'signs.ticked.other': '{count} señales marcadas',
  'signs.tailored': 'Marcaste señales en: {groups}.',
  'signs.clear': 'Borrar mis marcas',
  'signs.why': 'Por qué importa:',
  'signs.now.adult': 'Qué hacer ahora',
  'signs.now.young': 'Qué puedes hacer',
  'signs.next': 'Qué hacer después',
  'signs.next.report': 'Tener un plan paso a paso',
  'signs.helplines': 'Habla con alguien',
  'signs.urgent.heading': 'Si alguien te está amenazando ahora',
  'signs.urgent.action': 'Ver qué hacer paso a paso',
});

/**
 * French: "tu" for the reader, as the Spanish speaks; wording that reads in France, Belgium, Switzerland and Québec.
 * No-break spaces stand before : ; ? ! and inside « », as French typography wants.
 */
export const fr: Strings = Object.freeze({
  'hotline.heading': 'Obtenir de l’aide maintenant',
  'emergency.lead': 'Danger immédiat ? Appelle le',
  'emergency.or': 'ou le',
  'emergency.none': 'Danger immédiat ? Appelle le numéro d’urgence de ton pays.',
  loading: 'Chargement de l’aide…',
  'notice.fallback':
    'La liste des services de ce site n’a pas pu être chargée, alors nous affichons notre liste standard.',
  'filters.legend': 'Afficher les services',
  'filters.region': 'Pays ou région',
  'filters.audience': 'Pour',
  'filters.topic': 'Sujet',
  'filters.channel': 'Contacter par',
  'filters.any': 'Tous',
  'filters.clear': 'Effacer les filtres',
  'count.one': '{count} service affiché',
  'count.other': '{count} services affichés',
  empty: 'Aucun service ne correspond à ces filtres.',
  'empty.intl': 'Ces services fonctionnent partout :',
  'channel.phone': 'Appeler le {display}',
  'channel.tty': 'ATS {display}',
  'channel.text': 'Envoyer un texto au {display}',
  'channel.text.body': 'Envoyer {body} par texto au {display}',
  'channel.chat': 'Discuter en ligne',
  'channel.web': 'Aller sur le site web',
  'channel.email': 'Écrire à {display}',
  copy: 'Copier',
  'copy.label': 'Copier le numéro {display}',
  copied: 'Copié : {display}',
  'copy.failed': 'Impossible de copier. Le numéro est le {display}',
  'hours.always': 'Ouvert 24 h/24, 7 j/7',
  'hours.online': 'En ligne, à toute heure',
  'hours.unknown': 'Horaires non indiqués ici',
  'hours.open': 'Ouvert maintenant, jusqu’à {time}',
  'hours.closed': 'Fermé pour l’instant. Prochaine ouverture : {time}',
  'hours.closed.never': 'Fermé pour l’instant',
  'anonymous.yes': 'Tu peux rester anonyme',
  'anonymous.no': 'Pas anonyme : on te demandera ton nom',
  'anonymous.optional': 'Donner ton nom est facultatif',
  languages: 'Langues : {list}',
  'what-happens': 'Ce qui se passe quand tu les contactes',
  colon: '\u00a0:',
  source: 'Source',
  verified: 'vérifié le {date}',
  unverified: 'pas vérifié récemment',
  'kind.reporting-centre': 'Centre de signalement',
  'kind.law-enforcement': 'Police',
  'kind.helpline': 'Ligne d’écoute',
  'kind.removal-tool': 'Outil pour faire retirer des images',
  'kind.platform-help': 'Aide de la plateforme',
  'kind.local': 'Aide locale',
  'audience.child': 'Enfants',
  'audience.teen': 'Adolescents',
  'audience.parent': 'Parents et adultes responsables',
  'audience.educator': 'Enseignants et personnel scolaire',
  'audience.adult': 'Adultes (18 ans ou plus)',
  'topic.csam': 'Images d’abus sexuels sur des enfants',
  'topic.minor-images': 'Images dénudées d’une personne de moins de 18 ans',
  'topic.sextortion': 'Sextorsion (menaces de partager des images)',
  'topic.enticement': 'Un adulte qui cherche à entrer en contact avec un enfant',
  'topic.ncii': 'Images intimes partagées sans consentement',
  'topic.trafficking': 'Traite des personnes',
  'topic.sexual-assault': 'Agressions et abus sexuels',
  'topic.youth-support': 'Soutien aux jeunes',
  'topic.worried-adult': 'Adultes inquiets pour un enfant',
  'topic.military': 'Communauté militaire',
  'channeltype.phone': 'Téléphone',
  'channeltype.text': 'Texto',
  'channeltype.chat': 'Chat',
  'channeltype.web': 'Site web',
  'channeltype.email': 'Courriel',
  'region.INTL': 'Partout (international)',
  'report.heading': 'Signaler et obtenir de l’aide',
  'report.button': 'Signaler / obtenir de l’aide',
  'report.close': 'Fermer',
  'report.progress': 'Progression',
  'report.step-of': 'Étape {current} sur {total}',
  'report.step.announce': 'Étape {current} sur {total} : {title}',
  'report.start.heading': 'Que se passe-t-il ?',
  'report.start.intro':
    'Réponds à trois questions pour obtenir un plan. Rien de ce que tu choisis ici n’est enregistré ni envoyé.',
  'report.situation': 'Choisis ce qui correspond le mieux',
  'report.age': 'À qui est-ce que ça arrive ?',
  'age.under-18.self': 'À moi, et j’ai moins de 18 ans',
  'age.adult.self': 'À moi, et j’ai 18 ans ou plus',
  'age.under-18.helping': 'À une personne de moins de 18 ans que j’aide',
  'age.adult.helping': 'À un adulte que j’aide',
  'report.country': 'Pays',
  'report.platform': 'Où est-ce que c’est arrivé ? (facultatif)',
  'report.platform.none': 'Je ne sais pas, ou ailleurs',
  'report.platform.site': 'Sur ce site',
  'report.text-first':
    'Je ne peux pas parler sans risque maintenant : montrer d’abord les textos et le chat',
  'report.missing': 'Choisis ce qui se passe et à qui ça arrive.',
  'report.show-plan': 'Voir mon plan',
  'report.next': 'Suivant',
  'report.back': 'Retour',
  'report.restart': 'Recommencer',
  'evidence.keep': 'Garde une trace de :',
  'evidence.never': 'À ne pas faire :',
  'notes.heading': 'Mes notes',
  'notes.intro':
    'Facultatif. Tes notes restent seulement sur cette page. Elles ne sont jamais enregistrées ni envoyées, et elles sont effacées dès que tu quittes la page.',
  'notes.where': 'Où (lien, site ou appli)',
  'notes.who': 'Qui (noms d’utilisateur ou liens de profil)',
  'notes.when': 'Quand (dates et heures)',
  'platform.site': 'Le signaler à ce site',
  'platform.site.context': 'Signaler {context} à ce site',
  'platform.open': 'Ouvrir l’aide de {name}',
  // No "de {category}": French would need "d’" before a vowel, which a template cannot know.
  'platform.category':
    'Dans le menu de signalement, cherche l’option sur ce sujet\u00a0: {category}.',
  'platform.generic': 'Utilise le bouton ou le menu de signalement là où c’est arrivé.',
  'platform.unverified': 'Ce lien n’a pas été vérifié récemment.',
  'platform.what-happens':
    'Les modérateurs ou l’équipe de sécurité du site lisent ton signalement. Cela peut prendre d’un jour à quelques semaines ; les signalements urgents passent en premier.',
  'platform.take-it-down':
    '{name} participe à Take It Down, qui peut empêcher que des images de personnes de moins de 18 ans y soient partagées.',
  'official.intro': 'Où le signaler, et ce que chaque service fait d’un signalement.',
  'official.police': 'Police',
  'official.cross-border':
    'Aucun service de ton pays n’apparaît ici. Signale depuis là où tu es : les lignes nationales de signalement, le NCMEC et INTERPOL se transmettent les signalements d’un pays à l’autre.',
  'support.intro': 'Tu n’as pas à gérer ça sans aide. Ces services t’écoutent et t’aident.',
  'support.none':
    'Parle à un adulte de confiance. Si quelqu’un est en danger, appelle le numéro d’urgence.',
  'summary.heading': 'Garde ton plan',
  'summary.intro':
    'Une copie de ton plan en texte simple. Elle ne contient aucune information personnelle, sauf si tu ajoutes tes notes.',
  'summary.include-notes': 'Ajouter mes notes',
  'summary.label': 'Ton plan',
  'summary.copy': 'Copier le plan',
  'summary.print': 'Imprimer',
  'summary.copied': 'Plan copié',
  'summary.copy-failed': 'Impossible de copier. Sélectionne le texte et copie-le.',
  'summary.title': 'Plan d’aide : {situation}',
  'summary.country': 'Pays : {country}',
  'summary.emergency': 'En cas de danger immédiat : appelle le {numbers}',
  'faq.heading': 'Questions',
  'exit.button': 'Quitter cette page',
  'exit.note':
    'Ou appuie 3 fois sur la touche Maj. Cela n’efface pas l’historique de ton navigateur : pour ne laisser aucun historique, utilise une fenêtre de navigation privée (ou incognito).',
  'exit.remaining.one': 'Maj : appuie encore {count} fois pour quitter.',
  'exit.remaining.other': 'Maj : appuie encore {count} fois pour quitter.',
  'exit.expired': '« Quitter cette page » annulé.',
  'signs.heading.adult': 'Signes que quelque chose ne va peut-être pas',
  'signs.heading.young': 'Quelque chose ne va pas dans une discussion en ligne ?',
  'signs.intro.adult':
    'Ces signes ne prouvent pas un abus, mais ils méritent d’être pris au sérieux. Chaque groupe s’ouvre pour expliquer pourquoi chaque signe compte.',
  'signs.intro.young':
    'Si quelqu’un en ligne fait l’une de ces choses, ce n’est pas ta faute et tu n’auras pas d’ennuis. Tu peux en parler à quelqu’un, et voici comment.',
  'signs.expand': 'Tout ouvrir',
  'signs.collapse': 'Tout fermer',
  'signs.checklist':
    'Coche ce que tu as remarqué. Rien de ce que tu coches n’est enregistré ni envoyé, et tout est effacé quand tu quittes la page.',
  'signs.ticked.none': 'Aucun signe coché',
  'signs.ticked.one': '{count} signe coché',
  'signs.ticked.other': '{count} signes cochés',
  'signs.tailored': 'Tu as coché des signes dans : {groups}.',
  'signs.clear': 'Tout décocher',
  'signs.why': 'Pourquoi c’est important :',
  'signs.now.adult': 'Que faire maintenant',
  'signs.now.young': 'Ce que tu peux faire',
  'signs.next': 'Que faire ensuite',
  'signs.next.report': 'Obtenir un plan étape par étape',
  'signs.helplines': 'Parler à quelqu’un',
  'filters.toggle': 'Filtrer',
  'filters.active.one': 'Filtrer · {count} actif',
  'filters.active.other': 'Filtrer · {count} actifs',
  'count.some': '{shown} services affichés sur {count}',
  'more.button': 'Afficher plus de services',
  'more-ways': 'Autres façons de les joindre ({count})',
  confidential: 'Confidentiel',
  stale: 'peut ne plus être à jour',
  'kind.note.removal-tool': 'ce n’est pas une plainte à la police',
  'kind.note.law-enforcement': 'un signalement à la police',
  'topic.crisis': 'Crise et suicide',
  'topic.child-protection': 'Signaler la maltraitance d’un enfant',
  'report.urgent': 'Fais ceci d’abord',
  'never.capture':
    'Ne télécharge pas, ne fais pas de capture d’écran, n’enregistre pas et ne transfère pas d’images sexuelles d’une personne de moins de 18 ans, même pour les signaler. Note plutôt où elles se trouvent.',
  'card.never-capture':
    'Ne télécharge pas, ne fais pas de capture d’écran, n’enregistre pas et n’envoie pas les images pour les signaler ici. Donne seulement où elles se trouvent\xa0: le lien, le nom d’utilisateur et l’heure.',
  'card.never-capture.talk':
    'Ne télécharge pas, ne fais pas de capture d’écran, n’enregistre pas et ne leur envoie pas les images. Tu peux leur dire ce qui s’est passé sans les images.',
  'official.police.about': 'Un signalement ici va à la police.',
  'official.police.call':
    'Pour le signaler à la police, appelle le {nonEmergency} si ce n’est pas une urgence. Si quelqu’un est en danger maintenant, appelle le {emergency}.',
  'official.police.call.emergency':
    'Pour le signaler à la police\xa0: si quelqu’un est en danger maintenant, appelle le {emergency}. Sinon, contacte la police près de chez toi.',
  'official.police.none':
    'Signale-le à la police\xa0: appelle le numéro d’urgence si quelqu’un est en danger maintenant, ou contacte la police près de chez toi.',
  'official.centres': 'Centres de signalement',
  'official.centres.about':
    'Ils reçoivent les signalements. Chacun dit plus bas à qui il les transmet.',
  'official.tools': 'Faire retirer les images',
  'official.tools.about':
    'Ces outils aident à faire retirer les images. Les utiliser n’est pas une plainte à la police.',
  'support.now':
    'Si tu as besoin de quelqu’un tout de suite et qu’aucune ligne ici n’est ouverte, parle à un adulte de confiance. Si quelqu’un est en danger, appelle le {numbers}.',
  'exit.region': 'Sortie rapide',
  'signs.urgent.heading': 'Si quelqu’un te menace en ce moment',
  'signs.urgent.action': 'Voir quoi faire, étape par étape',
});

/** The built-in words by locale, for tests and the locale list. */
export const builtIn: Readonly<Record<string, Strings>> = Object.freeze({ en, es, fr });

export const BUILT_IN_LOCALES = Object.keys(builtIn);

type Values = Record<string, string | number>;

/** A key with plural forms: `count` for `count.one`, `count.other` and whatever other forms a language needs. */
export type PluralKey = {
  [K in StringKey]: K extends `${infer Base}.other` ? Base : never;
}[StringKey];

/**
 * Keys a site's manifest may add to, because the vocabulary behind them is open (a site may name its own topic) or
 * only some members have a text (a note for some kinds only). Looked up with a fallback the caller chooses.
 */
export type OpenKey = `topic.${string}` | `kind.note.${string}`;

export interface Translate {
  /** The text for a key, with `{name}` filled from `values`. Only real keys compile. */
  (key: StringKey, values?: Values): string;
  /**
   * The form of `key` that the locale's plural rules pick for `count` (`count.one`, `count.few`, …), else
   * `key.other`. `{count}` is filled in unless `values` says otherwise.
   */
  plural(key: PluralKey, count: number, values?: Values): string;
  /** The text for a key from an open vocabulary, or `fallback` when no layer has one. */
  open(key: OpenKey, fallback: string, values?: Values): string;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** One `Intl.PluralRules` per locale; a tag the browser refuses gets English rules rather than an error. */
export function pluralRulesFor(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = pluralRulesFor('en');
    }
    pluralRules.set(locale, rules);
  }
  return rules;
}

function fill(template: string, values: Values | undefined): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    values && name in values ? String(values[name]) : match,
  );
}

type Layer = Readonly<Record<string, string>>;

const find = (layers: readonly Layer[], key: string): string | undefined =>
  layers.find((layer) => key in layer)?.[key];

/** A translator for one locale: the manifest's overrides first, then the built-in words, then English. */
export function translator(
  locale: string,
  overrides: Record<string, Record<string, string>> = {},
): Translate {
  const language = locale.split('-')[0] ?? locale;
  const own = [overrides[locale], overrides[language], builtIn[locale], builtIn[language]].filter(
    (layer): layer is Layer => Boolean(layer),
  );
  const layers = [...own, en];
  const lookup = (key: string): string | undefined => find(layers, key);
  const t = ((key, values) => fill(lookup(key) ?? key, values)) as Translate;
  t.open = (key, fallback, values) => fill(lookup(key) ?? fallback, values);
  t.plural = (key, count, values) => {
    const all = { count, ...values };
    // The locale's forms by the locale's rules; only with no form of its own does it fall back to English words,
    // and then by English rules, so the English never reads "1 services".
    const mine =
      find(own, `${key}.${pluralRulesFor(locale).select(count)}`) ?? find(own, `${key}.other`);
    if (mine !== undefined) return fill(mine, all);
    const english = `${key}.${pluralRulesFor('en').select(count)}`;
    return fill(find([en], english) ?? find([en], `${key}.other`) ?? key, all);
  };
  return t;
}
